import path from 'path';

/** DATABASE_CLIENT: sqlite (default), postgres or mysql; the usual DATABASE_* variables. */
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };
  const server = (port: number) => ({
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', port),
    database: env('DATABASE_NAME', 'newsroom'),
    user: env('DATABASE_USERNAME', client === 'postgres' ? 'postgres' : 'root'),
    password: env('DATABASE_PASSWORD', ''),
  });
  // An empty DATABASE_FILENAME= must not turn into a database at the app root.
  const filename = env('DATABASE_FILENAME', '') || path.join('.tmp', 'data.db');

  const connections = {
    sqlite: { connection: { filename: path.resolve(__dirname, '..', '..', filename) }, useNullAsDefault: true },
    postgres: { connection: { ...server(5432), schema: env('DATABASE_SCHEMA', 'public') }, pool },
    mysql: { connection: { ...server(3306), charset: 'utf8mb4' }, pool },
  };
  if (!(client in connections)) throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, got "${client}"`);

  return {
    connection: { client, ...connections[client as keyof typeof connections], acquireConnectionTimeout: 60000 },
  };
};
