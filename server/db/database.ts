import {
	DuckDBInstance,
	listValue,
	type DuckDBConnection,
	type DuckDBValue
} from '@duckdb/node-api';
import { availableParallelism } from 'node:os';
import { ShuttingDownError } from '../errors';

/** A bound value; arrays bind as DuckDB lists (`list_contains($pests, pest)`). */
export type SqlValue = string | number | boolean | null | readonly string[] | readonly number[];
/** Bound query parameters, always by name (`$west`), never spliced into SQL text. */
export type SqlParams = Record<string, SqlValue>;
export type Row = Record<string, unknown>;

/** Settings applied once when the instance opens (toolchain.md §4: set threads and memory). */
const DUCKDB_SETTINGS: Record<string, string> = {
	threads: String(Math.max(1, availableParallelism())),
	memory_limit: process.env.SANIMAP_DB_MEMORY ?? '4GB'
};

/** Statements a transaction body may run; it owns the connection until it returns. */
export interface Transaction {
	query<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]>;
	run(sql: string, params?: SqlParams): Promise<void>;
	connection: DuckDBConnection;
}

/** One borrowed connection (its TEMP tables) and transactions on it (Database.session). */
export interface Session extends Transaction {
	transaction<T>(body: (tx: Transaction) => Promise<T>): Promise<T>;
}

/**
 * The process's one DuckDB instance (toolchain.md §4: two instances on one file risk
 * corruption). Reads borrow pooled connections; writes are serialised through one
 * transaction at a time because DuckDB allows one writer per file.
 */
export class Database {
	private readonly idle: DuckDBConnection[] = [];
	private writeQueue: Promise<unknown> = Promise.resolve();
	private closed = false;
	/** Cleared on shutdown: transactions still queued are refused, not started. */
	private acceptingWrites = true;
	/** Set when shutdown's grace runs out: the running transaction is interrupted. */
	private aborting = false;
	private writing: DuckDBConnection | null = null;
	private readOnly = false;

	private constructor(
		private readonly instance: DuckDBInstance,
		readonly path: string
	) {}

	/** `readOnly` opens beside another read-only process (toolchain.md §4), never beside a writer. */
	static async open(path: string, options: { readOnly?: boolean } = {}): Promise<Database> {
		const settings = options.readOnly
			? { ...DUCKDB_SETTINGS, access_mode: 'READ_ONLY' }
			: DUCKDB_SETTINGS;
		const instance = await DuckDBInstance.create(path, settings);
		const db = new Database(instance, path);
		db.readOnly = options.readOnly === true;
		return db;
	}

	async query<T extends Row = Row>(sql: string, params: SqlParams = {}): Promise<T[]> {
		return this.withConnection((con) => readRows<T>(con, sql, params));
	}

	/**
	 * A query's rows chunk by chunk (DuckDB's vectors, 2,048 rows), so a large answer is written
	 * out as it is read instead of held whole. The pooled connection stays taken until the last
	 * chunk is read or the consumer stops (`return()`, e.g. a client that hung up).
	 */
	async *stream<T extends Row = Row>(sql: string, params: SqlParams = {}): AsyncGenerator<T[]> {
		if (this.closed) throw new Error('database is closed');
		const con = this.idle.pop() ?? (await this.instance.connect());
		try {
			const result = await con.stream(sql, toDuckDBValues(params));
			for await (const rows of result.yieldRowObjectJs()) yield rows.map(numbersOf<T>);
		} finally {
			if (this.closed) con.closeSync();
			else this.idle.push(con);
		}
	}

	async run(sql: string, params: SqlParams = {}): Promise<void> {
		await this.withConnection((con) => con.run(sql, toDuckDBValues(params)));
	}

	/**
	 * Runs `body` in one transaction: everything it wrote commits, or nothing does. During
	 * shutdown a transaction that has not started yet is refused with ShuttingDownError.
	 */
	transaction<T>(body: (tx: Transaction) => Promise<T>): Promise<T> {
		return this.queueWrite(() => this.withConnection((con) => this.runTransaction(con, body)));
	}

	/**
	 * Runs `body` on one connection of its own, so TEMP tables it creates (an import's staging,
	 * issue 18) stay visible to every statement of it, and `session.transaction` writes from
	 * them in one queued transaction on that same connection. The body drops what it created.
	 */
	session<T>(body: (session: Session) => Promise<T>): Promise<T> {
		return this.withConnection((con) =>
			body({
				connection: con,
				query: (sql, params = {}) => readRows(con, sql, params),
				run: async (sql, params = {}) => {
					await con.run(sql, toDuckDBValues(params));
				},
				transaction: (inner) => this.queueWrite(() => this.runTransaction(con, inner))
			})
		);
	}

	private queueWrite<T>(write: () => Promise<T>): Promise<T> {
		const next = this.writeQueue.then(() => {
			if (!this.acceptingWrites) throw new ShuttingDownError();
			return write();
		});
		this.writeQueue = next.catch(() => undefined);
		return next;
	}

	private async runTransaction<T>(
		con: DuckDBConnection,
		body: (tx: Transaction) => Promise<T>
	): Promise<T> {
		const guard = () => {
			if (this.aborting) throw new ShuttingDownError();
		};
		this.writing = con;
		await con.run('BEGIN TRANSACTION');
		try {
			const result = await body({
				connection: con,
				query: (sql, params = {}) => (guard(), readRows(con, sql, params)),
				run: async (sql, params = {}) => {
					guard();
					await con.run(sql, toDuckDBValues(params));
				}
			});
			guard();
			await con.run('COMMIT');
			return result;
		} catch (error) {
			await con.run('ROLLBACK');
			throw this.aborting ? new ShuttingDownError() : error;
		} finally {
			this.writing = null;
		}
	}

	/** Shutdown, first step: transactions not yet started are refused; the running one goes on. */
	stopAcceptingWrites(): void {
		this.acceptingWrites = false;
	}

	/** Shutdown, when the grace is over: interrupts the running transaction, which rolls back. */
	abortRunningWrite(): void {
		this.aborting = true;
		this.writing?.interrupt();
	}

	/** Waits for queued writes, checkpoints the WAL into the file and closes. */
	async close(): Promise<void> {
		if (this.closed) return;
		await this.writeQueue;
		this.closed = true;
		const con = this.idle.pop() ?? (await this.instance.connect());
		if (this.path !== ':memory:' && !this.readOnly) await con.run('CHECKPOINT');
		con.closeSync();
		for (const c of this.idle.splice(0)) c.closeSync();
		this.instance.closeSync();
	}

	private async withConnection<T>(use: (con: DuckDBConnection) => Promise<T>): Promise<T> {
		if (this.closed) throw new Error('database is closed');
		const con = this.idle.pop() ?? (await this.instance.connect());
		try {
			return await use(con);
		} finally {
			if (this.closed) con.closeSync();
			else this.idle.push(con);
		}
	}
}

async function readRows<T extends Row>(
	con: DuckDBConnection,
	sql: string,
	params: SqlParams
): Promise<T[]> {
	const reader = await con.runAndReadAll(sql, toDuckDBValues(params));
	return reader.getRowObjectsJS().map(numbersOf<T>);
}

function numbersOf<T extends Row>(row: Record<string, unknown>): T {
	for (const key in row) {
		const v = row[key];
		// COUNT and SUM over integers arrive as BIGINT; our counts fit a double exactly.
		if (typeof v === 'bigint') row[key] = Number(v);
	}
	return row as T;
}

function toDuckDBValues(params: SqlParams): Record<string, DuckDBValue> {
	const out: Record<string, DuckDBValue> = {};
	for (const [key, v] of Object.entries(params)) {
		out[key] = Array.isArray(v) ? listValue(v as DuckDBValue[]) : (v as DuckDBValue);
	}
	return out;
}
