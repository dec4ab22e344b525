import fs from 'fs';
import { PLAYGROUND, PLUGIN_SERVER_BUILD } from './paths';

/** Once per run: the plugin must be built, and the playground's TypeScript compiled to dist/. */
export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(PLUGIN_SERVER_BUILD)) {
    throw new Error(`${PLUGIN_SERVER_BUILD} is missing: run \`npm run build\` before the integration tests`);
  }
  const tsUtils = await import('@strapi/typescript-utils');
  await tsUtils.compile(PLAYGROUND, { configOptions: { ignoreDiagnostics: false } });
}
