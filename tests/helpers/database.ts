import crypto from 'crypto';
import os from 'os';
import path from 'path';
import fs from 'fs';

export type DatabaseKind = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  kind: DatabaseKind;
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** DB=sqlite (default) | postgres | mysql, as `DB=postgres npm test`. */
export const databaseKind = (): DatabaseKind => {
  const kind = (process.env.DB ?? 'sqlite').toLowerCase();
  if (kind === 'postgres' || kind === 'mysql' || kind === 'sqlite') return kind;
  throw new Error(`DB must be sqlite, postgres or mysql, got "${kind}"`);
};

const server = {
  postgres: {
    host: process.env.PGHOST_TCP ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD ?? '',
  },
  mysql: {
    host: process.env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
    user: process.env.MYSQL_USER ?? 'root',
    password: process.env.MYSQL_PASSWORD ?? '',
  },
};

const uniqueName = () => `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

const postgresAdmin = async <T>(run: (sql: (text: string) => Promise<unknown>) => Promise<T>): Promise<T> => {
  const { Client } = await import('pg');
  const client = new Client({ ...server.postgres, database: 'postgres' });
  await client.connect();
  try {
    return await run((text) => client.query(text));
  } finally {
    await client.end();
  }
};

const mysqlAdmin = async <T>(run: (sql: (text: string) => Promise<unknown>) => Promise<T>): Promise<T> => {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection(server.mysql);
  try {
    return await run((text) => connection.query(text));
  } finally {
    await connection.end();
  }
};

/** A fresh, empty database of the selected kind, and the DATABASE_* variables that point at it. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const kind = databaseKind();
  const name = uniqueName();
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
    return {
      kind,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const conn = server[kind];
  const env = {
    DATABASE_CLIENT: kind,
    DATABASE_HOST: conn.host,
    DATABASE_PORT: String(conn.port),
    DATABASE_NAME: name,
    DATABASE_USERNAME: conn.user,
    DATABASE_PASSWORD: conn.password,
  };
  if (kind === 'postgres') {
    await postgresAdmin((sql) => sql(`CREATE DATABASE "${name}"`));
    return { kind, env, drop: () => postgresAdmin((sql) => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
  }
  await mysqlAdmin((sql) => sql(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`));
  return { kind, env, drop: () => mysqlAdmin((sql) => sql(`DROP DATABASE IF EXISTS \`${name}\``)) };
};
