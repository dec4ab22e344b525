type Attribute = { type?: string; relation?: string; target?: string };
type Model = { attributes?: Record<string, Attribute> };

/**
 * What is wrong with the feeds' section settings, or null: a {section} path needs a section type;
 * the section type must exist and have a `slug` and an `articles` relation to many articles.
 * Pure over a model lookup, so the bootstrap check is unit-tested.
 */
export const sectionTypeProblem = (
  feeds: { sectionType: string; articlePath: string },
  articleUid: string,
  getModel: (uid: string) => Model | undefined
): string | null => {
  const { sectionType, articlePath } = feeds;
  if (!sectionType) {
    return articlePath.includes('{section}')
      ? `config.feeds.articlePath "${articlePath}" uses {section}, which needs config.feeds.sectionType (a content type with a slug and an articles relation)`
      : null;
  }
  const model = getModel(sectionType);
  if (!model) return `config.feeds.sectionType "${sectionType}" is not a content type of this app`;
  const attributes = model.attributes ?? {};
  const slug = attributes.slug;
  if (!slug || (slug.type !== 'uid' && slug.type !== 'string')) {
    return `config.feeds.sectionType "${sectionType}" needs a "slug" attribute (uid or string)`;
  }
  const articles = attributes.articles;
  if (
    !articles ||
    articles.type !== 'relation' ||
    articles.target !== articleUid ||
    (articles.relation !== 'manyToMany' && articles.relation !== 'oneToMany')
  ) {
    return `config.feeds.sectionType "${sectionType}" needs an "articles" relation (manyToMany or oneToMany) to ${articleUid}`;
  }
  return null;
};
