import type { Core } from '@strapi/strapi';
import qs from 'qs';
import { grantRole } from '../../playground/src/seed/permissions';
import { addLocale, createArticle, createByline } from '../helpers/content';
import { databaseKind, type DatabaseKind } from '../helpers/database';
import { bearer, http } from '../helpers/http';
import { startStrapi, stopStrapi, type TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/tokens';
import { loginAuthenticatedUser } from '../helpers/users';

/**
 * REST parity: one matrix of requests, sent to a plain core type of the playground and to the
 * plugin's route for the same kind of type, must get the same answer (status, top-level keys,
 * error name, shape of `data` and `meta.pagination`), except for the documented differences
 * below. No answer of the plugin, whatever the input, is a 500. Strapi's own core type does answer
 * 500 to some inputs (Strapi 5.54 bugs): each is listed, with Strapi's answer per database, and the
 * plugin answers a 400 instead.
 *
 * Pairs: articles (Draft & Publish, i18n) against `api::section.section` (the same options);
 * bylines (neither) against `api::topic.topic` (neither), so that `status` and `locale` mean the
 * same thing on both sides.
 */

let app: TestApp | undefined;
let strapi: Core.Strapi;
const DB: DatabaseKind = databaseKind();

type Client = 'public' | 'authenticated' | 'fullAccess';
const CLIENTS: Client[] = ['public', 'authenticated', 'fullAccess'];
const credentials: Record<Client, string | undefined> = { public: undefined, authenticated: undefined, fullAccess: undefined };
/** Clients that may not read article drafts (see README, Drafts). */
const UNTRUSTED: Client[] = ['public', 'authenticated'];

interface Side {
  base: string;
  uid: string;
  /** The main text attribute, and a relation with the text attribute of its target. */
  title: string;
  relation: string;
  relTitle: string;
  /** Documents read (`one`) and edited (`edit`) by the matrix. */
  one: string;
  edit: string;
}
type PairName = 'article' | 'byline';
const side = (base: string, uid: string, title: string, relation: string, relTitle: string): Side => ({
  base,
  uid,
  title,
  relation,
  relTitle,
  one: '',
  edit: '',
});
const PAIRS: Record<PairName, { core: Side; plugin: Side }> = {
  article: {
    core: side('/api/sections', 'api::section.section', 'name', 'articles', 'title'),
    plugin: side('/api/newsroom/articles', 'plugin::newsroom.article', 'title', 'bylines', 'name'),
  },
  byline: {
    core: side('/api/topics', 'api::topic.topic', 'name', 'articles', 'title'),
    plugin: side('/api/newsroom/bylines', 'plugin::newsroom.byline', 'name', 'avatar', 'name'),
  },
};
const ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'];
/** A matrix sends about a thousand requests (slowest on MySQL, on a busy machine). */
const MATRIX_TIMEOUT = 600_000;

/** Strapi's answer: a status, or the statuses it may give, per database when they differ. */
type Statuses = number | number[];
type Answer = Statuses | Record<DatabaseKind, Statuses>;
/** A documented difference: what the plugin answers, and what Strapi's core type answers. */
interface Difference {
  why: string;
  plugin: [number, string];
  core: Answer;
  pairs?: PairName[];
  /** A condition on the rows: read on one document, where Strapi's list answers 200 it answers 200 or 404 (as the row matches). */
  rows?: boolean;
}

// The documented differences (README, "REST API" › "Differences from Strapi's core routes").
const byDb = (sqlite: Statuses, postgres: Statuses, mysql: Statuses): Answer => ({ sqlite, postgres, mysql });
const SHAPE = 'filters or populate[…][filters] that Strapi’s query layer cannot build';
const TYPED = 'a value of the wrong type for its column, which Strapi sends to the database as it is';
const NUL = 'a NUL character in a text value (PostgreSQL refuses it)';
const NESTED = 'an operator given an operator instead of a value';
const refused = (why: string, core: Answer, more: Partial<Difference> = {}): Difference => ({
  why,
  plugin: [400, 'ValidationError'],
  core,
  rows: true,
  ...more,
});
/** Strapi 5.54 answers 500 on every database. */
const CORE_500 = (why: string, more: Partial<Difference> = {}) => refused(why, 500, more);
/** PostgreSQL answers 500; SQLite and MySQL match nothing (or ignore it). */
const POSTGRES_500 = (why: string, more: Partial<Difference> = {}, others = 200) => refused(why, byDb(others, 500, others), more);
const LOCALE = 'a locale that is not a string';
const DELETES_NOTHING: Difference = {
  why: 'a delete that removes nothing is a 404 (Strapi: 204)',
  plugin: [404, 'NotFoundError'],
  core: 204,
};
const DRAFTS_REFUSED: [number, string] = [403, 'PolicyError'];

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `list`: the collection; `one`/`edit`: an existing document; `unknown`: a documentId that does not exist; `fresh`: a document made for this request. */
  at: 'list' | 'one' | 'edit' | 'unknown' | 'fresh';
  query?: string;
  body?: string;
  /** Sent as it is, with `Content-Type: application/json`. */
  raw?: string;
  pairs?: PairName[];
  differs?: Difference | Difference[];
}

/** Query strings read on the collection and on one document; `{title}`, `{relation}` and `{relTitle}` are each type's names. */
const READS: Array<[string, (Difference | Difference[])?]> = [
  [''],
  // filters
  ['filters[{title}][$eq]=khong-co'],
  ['filters[{title}][$containsi]=TIN'],
  ['filters[nope][$eq]=1'],
  ['filters[{title}][$nope]=1'],
  ['filters[{title}][$eq][$eq][$eq]=1', refused(NESTED, byDb(500, 200, 500))],
  ['filters[{title}][$not][$eq][$eq]=a', refused(NESTED, byDb(500, 200, 500))],
  ['filters[{title}][$containsi][$eq]=x', refused(NESTED, 200)],
  ['filters[$and]=x', CORE_500(SHAPE)],
  ['filters[$and][0]=x', CORE_500(SHAPE)],
  ['filters[$and][0][nope]=1'],
  ['filters[$and][0][$and][0][$and]=x', CORE_500(SHAPE)],
  ['filters[$or]=x', CORE_500(SHAPE)],
  ['filters[$or][foo]=1'],
  ['filters[$not]=x', CORE_500(SHAPE)],
  ['filters[$not][$not]=x', CORE_500(SHAPE)],
  ['filters=abc'],
  ['filters[0]=a', CORE_500(SHAPE)],
  ['filters[0][{title}]=khong-co', CORE_500(SHAPE)],
  ['filters[{title}][0]=a'],
  ['filters[{title}][0][$eq]=a'],
  ['filters[{title}]=khong-co'],
  ['filters[{title}][$in]=khong-co'],
  ['filters[{title}][$in][a]=b'],
  ['filters[{title}][$between]=x', CORE_500(SHAPE)],
  ['filters[{title}][$between][0]=a&filters[{title}][$between][1]=b&filters[{title}][$between][2]=c', CORE_500(SHAPE)],
  ['filters[{title}][$null]=maybe'],
  ['filters[{title}][$eq]=%00', POSTGRES_500(NUL)],
  // A document read looks the document up by its own documentId, whatever `filters[documentId]` says.
  ['filters[id][$eq]=abc', POSTGRES_500(TYPED)],
  ['filters[id]=99999999999', POSTGRES_500(TYPED)],
  ['filters[id][$in][0]=abc', POSTGRES_500(TYPED)],
  ['filters[id][$gt]=abc', POSTGRES_500(TYPED)],
  ['filters[id][$startsWith]=x', POSTGRES_500(TYPED)],
  ['filters[createdAt][$contains]=x', POSTGRES_500(TYPED)],
  ['filters[createdAt][$gt]=notadate'],
  ['filters[{relation}][{relTitle}][$eq]=khong-co'],
  ['filters[{relation}][nope][$eq]=x'],
  ['filters[{relation}]=x', POSTGRES_500(TYPED)],
  ['filters[{relation}][id]=abc', POSTGRES_500(TYPED)],
  ['filters[{relation}][$in][0]=x', POSTGRES_500(TYPED)],
  ['filters[{relation}][$eq]=1'],
  ['filters[{relation}][$eq][{relTitle}]=x', CORE_500(SHAPE)],
  ['filters[{relation}][$eq]=1&filters[{relation}][{relTitle}]=x', CORE_500(SHAPE)],
  // sort
  ['sort={title}'],
  ['sort={title}:desc'],
  ['sort=nope'],
  ['sort={title}:sideways'],
  ['sort[0]={title}:asc'],
  ['sort[0]=nope'],
  ['sort[{title}]=asc'],
  ['sort[{title}]=sideways'],
  ['sort[0][{title}]=desc'],
  ['sort[nope]=asc'],
  ['sort='],
  ['sort[0][0]=x'],
  // fields
  ['fields[0]={title}'],
  ['fields={title}'],
  ['fields={title},createdAt'],
  ['fields[0]=nope'],
  ['fields=nope'],
  ['fields[0][0]=x'],
  ['fields[a]={title}'],
  ['fields[0]={relation}'],
  // populate
  ['populate={relation}'],
  ['populate=*'],
  ['populate=nope'],
  ['populate[0]={relation}'],
  ['populate[{relation}]=true'],
  ['populate[{relation}][fields][0]=nope'],
  ['populate[{relation}][populate]=*'],
  ['populate[nope]=true'],
  ['populate[{relation}][nope]=1'],
  ['populate[{relation}]=maybe'],
  ['populate[0][0]=x'],
  ['populate={title}'],
  ['populate[{relation}][filters][$and]=x', CORE_500(SHAPE, { rows: false })],
  ['populate[{relation}][filters][0]=a', CORE_500(SHAPE, { rows: false })],
  ['populate[{relation}][filters][id]=abc', POSTGRES_500(TYPED, { rows: false })],
  ['populate[{relation}][filters][{relTitle}][$eq][$eq]=x', refused(NESTED, byDb(500, 200, 500), { rows: false })],
  // pagination
  ['pagination=1'],
  ['pagination[page]=abc'],
  ['pagination[page]=0'],
  ['pagination[page]=-1'],
  ['pagination[pageSize]=-1'],
  ['pagination[pageSize]=0'],
  ['pagination[start]=x'],
  ['pagination[start]=-1'],
  ['pagination[limit]=1e9'],
  ['pagination[limit]=-1'],
  ['pagination[page]=1&pagination[start]=0'],
  ['pagination[withCount]=maybe'],
  ['pagination[withCount]=false'],
  ['pagination[page]=1.5'],
  ['pagination[page][0]=1'],
  ['pagination[nope]=1'],
  ['pagination[page]=99999999999999999999'],
  ['pagination[pageSize]=99999999999999999999'],
  // locale
  ['locale=vi'],
  ['locale=*'],
  ['locale=xx'],
  ['locale='],
  ['locale[0]=vi&locale[1]=en'],
  ['locale[0][0]=x'],
  // status
  ['status=draft'],
  ['status=published'],
  ['status=garbage'],
  ['status='],
  ['status[0]=draft'],
  ['locale=*&status=draft'],
  ['hasPublishedVersion=true'],
  ['hasPublishedVersion=maybe'],
  // _q
  ['_q=tin'],
  ['_q='],
  ['_q[0]=a', CORE_500('a _q that is not a string')],
  ['_q[a]=b', CORE_500('a _q that is not a string')],
  ['_q=%00', POSTGRES_500(NUL)],
  // unknown top-level parameters
  ['nope=1'],
  ['publicationState=live'],
  ['count=true'],
  ['__proto__[x]=1'],
  ['constructor[prototype][x]=1'],
];

/** Differences that hold for one form only (the list, or one document). */
const LIST_ONLY: Record<string, Difference | Difference[]> = {
  // Strapi ignores it on a type without i18n.
  'locale[$nope]=x': [CORE_500(LOCALE, { pairs: ['article'] }), refused(LOCALE, 200, { pairs: ['byline'] })],
  'pagination[start]=99999999999999999999': CORE_500('pagination[start] beyond 2^53'),
  'filters[documentId][$eq]=%00': POSTGRES_500(NUL),
};
const ONE_ONLY: Record<string, Difference | Difference[]> = {
  // Strapi's own 400 on a localized type.
  'locale[$nope]=x': refused(LOCALE, 200, { pairs: ['byline'] }),
  // A document read looks the document up by its own documentId, whatever `filters[documentId]` says.
  'filters[documentId][$eq]=%00': refused(NUL, 200),
};

const data = (value: unknown) => JSON.stringify({ data: value });
const RELATION = 'relation input that is not ids, documentIds or objects of them';
const WRITES: Case[] = [
  // bodies of the wrong shape or types
  { method: 'POST', at: 'list', body: '{}' },
  { method: 'POST', at: 'list', body: data('x') },
  { method: 'POST', at: 'list', body: data([1]) },
  { method: 'POST', at: 'list', body: data(5) },
  { method: 'POST', at: 'list', body: data(null) },
  { method: 'POST', at: 'list', body: data({}) },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","nope":1}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":123}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":{"a":1}}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":["a"]}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":true}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":null}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","id":5}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","documentId":"abc"}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","createdAt":"nope"}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","publishedAt":"nope"}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài\\u0000mới"}}', differs: POSTGRES_500(NUL, {}, 201) },
  // relation inputs
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":"abc"}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":[99999]}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":[{"id":"abc"}]}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":{"connect":["khongco"]}}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":{"connect":"x"}}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":null}}' },
  { method: 'POST', at: 'list', body: '{"data":{"{title}":"Bài mới","{relation}":[]}}' },
  {
    method: 'POST',
    at: 'list',
    body: '{"data":{"{title}":"Bài mới","{relation}":true}}',
    differs: refused(RELATION, byDb(201, 400, 201)),
  },
  {
    method: 'POST',
    at: 'list',
    body: '{"data":{"{title}":"Bài mới","{relation}":{"connect":[true]}}}',
    differs: refused(RELATION, byDb(500, 400, 500)),
  },
  {
    method: 'POST',
    at: 'list',
    body: '{"data":{"{title}":"Bài mới","{relation}":{"connect":[{"documentId":{"a":1}}]}}}',
    differs: CORE_500(RELATION),
  },
  {
    method: 'POST',
    at: 'list',
    body: '{"data":{"{title}":"Bài mới","{relation}":{"connect":[{"documentId":"x","position":{"before":{"a":1}}}]}}}',
    differs: CORE_500(RELATION),
  },
  // malformed JSON
  { method: 'POST', at: 'list', raw: '{"data": ' },
  { method: 'POST', at: 'list', raw: '[1,2]' },
  // query parameters on writes
  { method: 'POST', at: 'list', query: 'status=draft', body: '{"data":{"{title}":"Bài nháp"}}' },
  { method: 'POST', at: 'list', query: 'locale=vi', body: '{"data":{"{title}":"Bài tiếng Việt"}}' },
  { method: 'POST', at: 'list', query: 'locale=*', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', query: 'locale[0]=vi', body: '{"data":{"{title}":"Bài mới"}}' },
  {
    method: 'POST',
    at: 'list',
    query: 'locale[$nope]=x',
    body: '{"data":{"{title}":"Bài mới"}}',
    // Strapi ignores it on a type without i18n; on one with a unique field, its create never answers.
    differs: refused(LOCALE, 201, { pairs: ['byline'] }),
  },
  { method: 'POST', at: 'list', query: 'status=garbage', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', query: 'pagination=1', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', query: 'nope=1', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', query: 'fields[0]=nope', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', query: 'populate=nope', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'POST', at: 'list', query: 'filters[$and]=x', body: '{"data":{"{title}":"Bài mới"}}' },
  { method: 'PUT', at: 'edit', body: '{}' },
  { method: 'PUT', at: 'edit', body: data('x') },
  { method: 'PUT', at: 'edit', body: '{"data":{"{title}":123}}' },
  { method: 'PUT', at: 'edit', body: '{"data":{"nope":1}}' },
  { method: 'PUT', at: 'edit', body: '{"data":{"{title}":"Bài đã sửa"}}' },
  { method: 'PUT', at: 'edit', body: '{"data":{"{title}":"Bài\\u0000sửa"}}', differs: POSTGRES_500(NUL) },
  { method: 'PUT', at: 'edit', raw: '{"data": ' },
  { method: 'PUT', at: 'edit', query: 'locale=xx', body: '{"data":{"{title}":"Bài đã sửa"}}' },
  { method: 'PUT', at: 'edit', query: 'locale=*', body: '{"data":{"{title}":"Bài đã sửa"}}' },
  {
    method: 'PUT',
    at: 'edit',
    query: 'locale[$nope]=x',
    body: '{"data":{"{title}":"Bài đã sửa"}}',
    differs: refused(LOCALE, 200, { pairs: ['byline'] }),
  },
  { method: 'PUT', at: 'edit', query: '_q[0]=a', body: '{"data":{"{title}":"Bài đã sửa"}}' },
  { method: 'PUT', at: 'edit', query: 'filters[$and]=x', body: '{"data":{"{title}":"Bài đã sửa"}}' },
  // unknown documentIds
  { method: 'GET', at: 'unknown' },
  { method: 'PUT', at: 'unknown', body: '{"data":{"{title}":"Bài đã sửa"}}' },
  { method: 'PUT', at: 'unknown', body: '{}' },
  { method: 'DELETE', at: 'unknown', differs: DELETES_NOTHING },
  // deletes
  { method: 'DELETE', at: 'fresh' },
  { method: 'DELETE', at: 'fresh', query: 'locale=*' },
  { method: 'DELETE', at: 'fresh', query: 'locale=xx', differs: { ...DELETES_NOTHING, pairs: ['article'] } },
  { method: 'DELETE', at: 'fresh', query: 'locale[0]=vi&locale[1]=en' },
  { method: 'DELETE', at: 'fresh', query: 'status=garbage' },
  {
    method: 'DELETE',
    at: 'fresh',
    query: 'status=draft',
    differs: CORE_500('status=draft on a delete', { pairs: ['article'] }),
  },
  {
    method: 'DELETE',
    at: 'fresh',
    query: 'locale[$nope]=x',
    differs: [CORE_500(LOCALE, { pairs: ['article'] }), refused(LOCALE, 204, { pairs: ['byline'] })],
  },
  { method: 'DELETE', at: 'fresh', query: 'filters[$and]=x', differs: CORE_500(SHAPE) },
  { method: 'DELETE', at: 'fresh', query: '_q[0]=a', differs: CORE_500('a _q that is not a string') },
];

/** The same difference on one document: where Strapi's list answers 200 (rows or none), its document read answers 200 or 404. */
const onOne = (differs?: Difference | Difference[]): Difference[] | undefined =>
  differs &&
  [differs].flat().map((d) => {
    if (!d.rows) return d;
    const found = (statuses: Statuses) => [statuses].flat().flatMap((status) => (status === 200 ? [200, 404] : [status]));
    const core = typeof d.core === 'number' || Array.isArray(d.core) ? found(d.core) : byDb(found(d.core.sqlite), found(d.core.postgres), found(d.core.mysql));
    return { ...d, core };
  });

const READ_CASES: Case[] = [
  ...READS.flatMap(([query, differs]): Case[] => [
    { method: 'GET', at: 'list', query, differs },
    { method: 'GET', at: 'one', query, differs: onOne(differs) },
  ]),
  ...Object.entries(LIST_ONLY).map(([query, differs]): Case => ({ method: 'GET', at: 'list', query, differs })),
  ...Object.entries(ONE_ONLY).map(([query, differs]): Case => ({ method: 'GET', at: 'one', query, differs })),
];

/** What is compared between the two sides. */
interface Shape {
  status: number;
  keys: string;
  error?: string;
  data: string;
  pagination?: string;
}

const shapeOf = (status: number, body: unknown): Shape => {
  const record = (body ?? {}) as Record<string, unknown>;
  const item = (value: unknown) => {
    if (value === null || typeof value !== 'object') return String(value);
    const keys = Object.keys(value as object);
    // The type's own attributes differ by design; what the format puts around them is compared.
    return `{${['id', 'documentId', 'attributes'].filter((key) => keys.includes(key)).join(',')}}`;
  };
  const raw = record.data;
  const data = Array.isArray(raw) ? `[${raw.length === 0 ? '' : item(raw[0])}]` : item(raw);
  const pagination = (record.meta as { pagination?: object } | undefined)?.pagination;
  return {
    status,
    keys: Object.keys(record).sort().join(','),
    error: (record.error as { name?: string } | undefined)?.name,
    data,
    pagination: pagination ? Object.keys(pagination).sort().join(',') : undefined,
  };
};

const fill = (text: string, s: Side) =>
  text.replace(/\{title\}/g, s.title).replace(/\{relation\}/g, s.relation).replace(/\{relTitle\}/g, s.relTitle);

const createDocument = async (s: Side, title: string): Promise<string> => {
  const documents = strapi.documents(s.uid as Parameters<Core.Strapi['documents']>[0]);
  const doc = await documents.create({ data: { [s.title]: title }, status: 'published' } as Parameters<typeof documents.create>[0]);
  return doc.documentId as string;
};

interface Mode {
  client: Client;
  headers?: Record<string, string>;
}

const send = async (c: Case, s: Side, mode: Mode) => {
  const id =
    c.at === 'fresh' ? await createDocument(s, 'Bài sắp xoá') : c.at === 'unknown' ? 'khongcodocumentidnay' : c.at === 'list' ? '' : s[c.at];
  const url = `${s.base}${id ? `/${id}` : ''}${c.query ? `?${fill(c.query, s)}` : ''}`;
  const agent = http(strapi);
  let req = (c.method === 'GET' ? agent.get(url) : c.method === 'POST' ? agent.post(url) : c.method === 'PUT' ? agent.put(url) : agent.delete(url))
    .set(bearer(credentials[mode.client]))
    .set(mode.headers ?? {});
  if (c.raw !== undefined) req = req.set('Content-Type', 'application/json').send(c.raw);
  else if (c.body !== undefined) req = req.send(JSON.parse(fill(c.body, s)));
  const res = await req;
  return { url, shape: shapeOf(res.status, res.body), body: res.body as Record<string, unknown> };
};

const label = (c: Case) => `${c.method} ${c.at}${c.query ? ` ?${c.query}` : ''}${c.body ? ` ${c.body}` : ''}${c.raw ? ` raw ${c.raw}` : ''}`;

/** The plugin's answer to an untrusted client asking for article drafts (any status but `published`, as Strapi reads it). */
const draftRefusal = (c: Case, pair: PairName, client: Client): boolean => {
  if (pair !== 'article' || c.method !== 'GET' || !UNTRUSTED.includes(client) || !c.query) return false;
  const query = qs.parse(c.query);
  return (query.status !== undefined && query.status !== 'published') || query.hasPublishedVersion !== undefined;
};

const expectedCore = (answer: Answer): number[] =>
  [typeof answer === 'number' || Array.isArray(answer) ? answer : answer[DB]].flat();

/**
 * Runs cases on both pairs and returns every departure from parity that is not documented, and
 * every 500 (a 500 of Strapi's own type is allowed only where a difference says Strapi answers one).
 */
const runMatrix = async (cases: Case[], mode: Mode): Promise<string[]> => {
  const problems: string[] = [];
  for (const c of cases) {
    for (const pair of (c.pairs ?? ['article', 'byline']) as PairName[]) {
      const { core, plugin } = PAIRS[pair];
      const coreAnswer = await send(c, core, mode);
      const pluginAnswer = await send(c, plugin, mode);
      const where = `${mode.client} ${pair} ${label(c)}`;
      const a = coreAnswer.shape;
      const b = pluginAnswer.shape;

      if (b.status >= 400) {
        const body = pluginAnswer.body;
        // Malformed JSON is answered by Strapi's body parser before any route, on both sides alike: without `details`.
        const keys = c.raw === undefined ? ['status', 'name', 'message', 'details'] : ['status', 'name', 'message'];
        if (body.data !== null || !keys.every((key) => key in ((body.error as object) ?? {}))) {
          problems.push(`${where}: plugin error not in Strapi's shape: ${JSON.stringify(body)}`);
        }
      }
      if (b.status === 500) problems.push(`${where}: plugin 500 (${pluginAnswer.url})`);

      const writesRefused = c.method !== 'GET' && mode.client === 'public';
      const differs = writesRefused
        ? undefined
        : [c.differs ?? []].flat().find((d) => (d.pairs ?? ['article', 'byline']).includes(pair));
      if (draftRefusal(c, pair, mode.client)) {
        if (a.status === 500) problems.push(`${where}: core 500`);
        if ([b.status, b.error].join() !== DRAFTS_REFUSED.join()) problems.push(`${where}: plugin ${b.status} ${b.error}, expected 403 PolicyError`);
      } else if (differs) {
        const core = expectedCore(differs.core);
        if (!core.includes(a.status)) problems.push(`${where}: core ${a.status} ${a.error ?? ''}, documented ${core.join(' or ')} (${differs.why})`);
        if ([b.status, b.error].join() !== differs.plugin.join()) {
          problems.push(`${where}: plugin ${b.status} ${b.error ?? ''}, documented ${differs.plugin.join(' ')} (${differs.why})`);
        }
      } else {
        if (a.status === 500) problems.push(`${where}: core 500, not documented (${coreAnswer.url})`);
        if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${where}: core ${JSON.stringify(a)} ≠ plugin ${JSON.stringify(b)}`);
      }
    }
  }
  return problems;
};

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  await addLocale(strapi, 'vi');
  for (const { core, plugin } of Object.values(PAIRS)) {
    for (const s of [core, plugin]) {
      await grantRole(strapi, 'public', [`${s.uid}.find`, `${s.uid}.findOne`]);
      await grantRole(strapi, 'authenticated', ACTIONS.map((action) => `${s.uid}.${action}`));
    }
  }
  credentials.authenticated = await loginAuthenticatedUser(strapi);
  credentials.fullAccess = await createApiToken(strapi, 'full-access');

  // Every text starts with "Tin", so `_q=tin` finds something on every side; each localized
  // document also exists in Vietnamese, and each D&P document has a draft row too.
  const { article, byline } = PAIRS;
  article.plugin.one = (await createArticle(strapi, { title: 'Tin một' }, { status: 'published' })).documentId;
  article.core.one = await createDocument(article.core, 'Tin thời sự');
  for (const s of [article.plugin, article.core]) {
    const documents = strapi.documents(s.uid as Parameters<Core.Strapi['documents']>[0]);
    await documents.update({ documentId: s.one, locale: 'vi', data: { [s.title]: 'Tin tiếng Việt' }, status: 'published' } as Parameters<
      typeof documents.update
    >[0]);
    s.edit = await createDocument(s, 'Tin để sửa');
  }
  byline.plugin.one = (await createByline(strapi, 'Tin Thu Thủy')).documentId;
  byline.plugin.edit = (await createByline(strapi, 'Tin Công Luận')).documentId;
  byline.core.one = await createDocument(byline.core, 'Tin chủ đề');
  byline.core.edit = await createDocument(byline.core, 'Tin chủ đề để sửa');
});
afterAll(() => stopStrapi(app));

// Reads first, for every client: the writes that follow add documents to the collections.
describe.each(CLIENTS)('%s', (client) => {
  test('reads: the same answers as the core type, documented differences aside, and never a 500', async () => {
    expect(await runMatrix(READ_CASES, { client })).toEqual([]);
  }, MATRIX_TIMEOUT);
});

describe.each(CLIENTS)('%s', (client) => {
  test('writes and unknown documentIds: the same answers, documented differences aside, and never a 500', async () => {
    expect(await runMatrix(WRITES, { client })).toEqual([]);
  }, MATRIX_TIMEOUT);
});

describe("the plugin's own attributes, which the core types lack: a 4xx, never a 500", () => {
  const article = () => PAIRS.article.plugin;
  const byline = () => PAIRS.byline.plugin;
  test.each([
    ['filters[body][$eq]=x', 400],
    ['filters[body][$containsi]=x', 200],
    ['filters[body][$null]=true', 200],
    ['filters[commentsEnabled][$eq]=true', 200],
    ['filters[commentsEnabled][$contains]=t', 400],
    ['filters[cover][id]=abc', 400],
    ['filters[cover][$null]=true', 200],
    ['filters[bylines][id][$eq]=99999999999', 400],
    ['filters[bylines][role][$eq]=zzz', 200],
    ['filters[slug][$startsWith]=tin', 200],
  ])('GET articles?%s → %i', async (query, status) => {
    const res = await send({ method: 'GET', at: 'list', query }, article(), { client: 'fullAccess' });
    expect(res.shape.status).toBe(status);
  });

  test.each([
    ['article', '{"data":{"title":"Bài mới","slug":123}}', 400],
    ['article', '{"data":{"title":"Bài mới","slug":{"a":1}}}', 400],
    ['article', '{"data":{"title":"Bài mới","slug":["a"]}}', 400],
    ['article', '{"data":{"title":"Bài mới","slug":"\\u0000"}}', 400],
    ['article', '{"data":{"title":"Bài mới","slug":"bai-tu-dat"}}', 201],
    ['article', '{"data":{"title":"Bài mới","cover":[{"id":"abc"}]}}', 400],
    ['article', '{"data":{"title":"Bài mới","body":[{"type":"paragraph","children":[{"type":"text","text":"a\\u0000b"}]}]}}', 400],
    // On PostgreSQL this create used to hang, holding the bylines' slug lock.
    ['byline', '{"data":{"name":"Tin Mới","avatar":[{"id":"abc"}]}}', 400],
    ['byline', '{"data":{"name":"Tin Mới","avatar":99999999999}}', 400],
    ['byline', '{"data":{"name":"Tin Mới","email":"a\\u0000b@example.vn"}}', 400],
  ] as const)('POST %s %s → %i', async (type, body, status) => {
    const res = await send({ method: 'POST', at: 'list', body }, type === 'article' ? article() : byline(), { client: 'fullAccess' });
    expect([res.shape.status, res.shape.error]).toEqual([status, status === 400 ? 'ValidationError' : undefined]);
  });

  test('a byline create with a locale object answers (it used to hang), and a byline write still works after it', async () => {
    const refused = await send({ method: 'POST', at: 'list', query: 'locale[$nope]=x', body: '{"data":{"name":"Tin Mới"}}' }, byline(), { client: 'fullAccess' });
    expect([refused.shape.status, refused.shape.error]).toEqual([400, 'ValidationError']);
    const created = await send({ method: 'POST', at: 'list', body: '{"data":{"name":"Tin Sau Đó"}}' }, byline(), { client: 'fullAccess' });
    expect(created.shape.status).toBe(201);
  });
});

describe('api.rest.strictParams', () => {
  const strictCases: Case[] = [...READ_CASES, ...WRITES];
  let before: unknown;
  beforeAll(() => {
    before = strapi.config.get('api.rest.strictParams');
    strapi.config.set('api.rest.strictParams', true);
  });
  afterAll(() => strapi.config.set('api.rest.strictParams', before));

  test.each(['nope=1', 'publicationState=live', 'nope[a]=b&_q=tin'])('?%s is refused alike on both sides', async (query) => {
    for (const { core, plugin } of Object.values(PAIRS)) {
      for (const at of ['list', 'one'] as const) {
        const coreAnswer = await send({ method: 'GET', at, query }, core, { client: 'fullAccess' });
        const pluginAnswer = await send({ method: 'GET', at, query }, plugin, { client: 'fullAccess' });
        expect(pluginAnswer.shape).toEqual({ status: 400, keys: 'data,error', error: 'ValidationError', data: 'null' });
        expect(coreAnswer.shape).toEqual(pluginAnswer.shape);
      }
    }
    // Without strictParams, the same request is answered.
    strapi.config.set('api.rest.strictParams', false);
    try {
      expect((await send({ method: 'GET', at: 'list', query }, PAIRS.article.plugin, { client: 'fullAccess' })).shape.status).toBe(200);
    } finally {
      strapi.config.set('api.rest.strictParams', true);
    }
  });

  test.each(['public', 'fullAccess'] as Client[])('%s: the whole matrix keeps parity', async (client) => {
    expect(await runMatrix(strictCases, { client })).toEqual([]);
  }, MATRIX_TIMEOUT);
});

describe('Strapi-Response-Format: v4', () => {
  const headers = { 'Strapi-Response-Format': 'v4' };

  test('data.attributes, as on the core type', async () => {
    const list = await send({ method: 'GET', at: 'list' }, PAIRS.article.plugin, { client: 'fullAccess', headers });
    expect(list.shape.data).toBe('[{id,documentId,attributes}]');
    const one = (list.body.data as Array<{ documentId: string; attributes: Record<string, unknown> }>)[0];
    expect(one.documentId).toEqual(expect.any(String));
    expect(one.attributes.title).toEqual(expect.any(String));
    expect(one.attributes).not.toHaveProperty('id');
    const core = await send({ method: 'GET', at: 'list' }, PAIRS.article.core, { client: 'fullAccess', headers });
    expect(core.shape).toEqual(list.shape);
  });

  test.each(CLIENTS)('%s: the whole matrix keeps parity', async (client) => {
    expect(await runMatrix([...READ_CASES, ...WRITES], { client, headers })).toEqual([]);
  }, MATRIX_TIMEOUT);
});
