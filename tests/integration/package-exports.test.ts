import { execFileSync } from 'child_process';
import { ROOT } from '../helpers/paths';

/** Runs node in the repo root, where the package can import itself by name through `exports`. */
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim();

const cjs = (code: string) => node(['-e', code]);
const esm = (code: string) => node(['--input-type=module', '-e', code]);

describe('package exports after `npm run build`', () => {
  test('./slug with require and import', () => {
    expect(cjs(`console.log(require('strapi-plugin-newsroom/slug').toSlug('Đắk Lắk 18/9'))`)).toBe('dak-lak-18-9');
    expect(esm(`import { toSlug } from 'strapi-plugin-newsroom/slug'; console.log(toSlug('Thuỷ Hoà'))`)).toBe('thuy-hoa');
  });

  // Strapi loads a plugin's server entry with require (resolve.exports with `require: true`); the
  // entry builds on Strapi's core factories, whose own ESM build Node cannot load, as Strapi's is.
  test('./strapi-server with require', () => {
    const keys = 'register,bootstrap,destroy,config,contentTypes,controllers,services,routes';
    const show = (m: string) => `console.log(Object.keys(${m}).join(','))`;
    expect(cjs(`const m = require('strapi-plugin-newsroom/strapi-server'); ${show('m.default ?? m')}`)).toBe(keys);
  });

  // `registerTrads` is the name Strapi's admin calls for a plugin's translations (StrapiApp.loadTrads).
  test('./strapi-admin with require and import', () => {
    expect(cjs(`const m = require('strapi-plugin-newsroom/strapi-admin'); console.log(Object.keys(m.default ?? m).join(','))`)).toBe(
      'register,bootstrap,registerTrads'
    );
    expect(esm(`import m from 'strapi-plugin-newsroom/strapi-admin'; console.log(Object.keys(m).join(','))`)).toBe(
      'register,bootstrap,registerTrads'
    );
  });

  test('./package.json', () => {
    expect(cjs(`console.log(require('strapi-plugin-newsroom/package.json').strapi.name)`)).toBe('newsroom');
  });
});
