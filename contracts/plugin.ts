/** The plugin's name: its content-type UIDs are `plugin::newsroom.<type>`. */
export const PLUGIN_ID = 'newsroom';
