import {
	ImportRejectedError,
	type ImportClient,
	type ImportKind,
	type ImportLang,
	type ImportRefusal,
	type ImportRequestForm,
	type ImportPreview,
	type ImportResult
} from '../../api/import-client';
import type { CrsId } from '$geo/crs';
import { setMappingColumn, type ColumnMapping } from './import-mapping';

export type ImportStep = 'choose' | 'preview' | 'checked' | 'done';

/**
 * One import on the page: kind, file, CRS and mapping, then preview → dry run → import.
 * A later answer replaces an earlier one; an answer for a file or kind no longer chosen is dropped.
 * The server words every message in `lang`; changing it asks again.
 */
export class ImportFlow {
	kind = $state<ImportKind>('blindspots');
	crs = $state<CrsId>('wgs84');
	file = $state.raw<File | null>(null);
	/** Only what the clerk changed; the server recognises the rest from the headers. */
	mapping = $state.raw<ColumnMapping>({});
	preview = $state.raw<ImportPreview | null>(null);
	/** The dry run's or the import's answer. */
	result = $state.raw<ImportResult | null>(null);
	rejected = $state.raw<ImportRefusal | null>(null);
	error = $state<string | null>(null);
	busy = $state(false);
	/** The clerk confirmed the points the dry run found far from every zone. */
	allowFar = $state(false);
	lang = $state<ImportLang>('zh-CN');
	#ticket = 0;

	constructor(private readonly client: ImportClient) {}

	/** Warnings of the dry run (far points) the clerk must confirm before importing. */
	get warnings() {
		return this.result?.dryRun ? this.result.warnings : [];
	}

	get canCommit(): boolean {
		return this.step === 'checked' && (this.warnings.length === 0 || this.allowFar);
	}

	/** The page's language changed: the preview, and a dry run that was shown, are asked again. */
	async setLang(lang: ImportLang): Promise<void> {
		if (lang === this.lang) return;
		this.lang = lang;
		// A finished import stays on screen; its counts need no words from the server.
		if (this.step === 'done') return;
		const checked = this.rejected !== null || this.step === 'checked';
		await this.refreshPreview();
		if (checked) await this.dryRun();
	}

	/** The mapping in force: the server's detected one with the clerk's changes on top. */
	get effectiveMapping(): ColumnMapping {
		return this.preview ? { ...this.preview.mapping, ...this.mapping } : this.mapping;
	}

	get step(): ImportStep {
		if (this.result && !this.result.dryRun) return 'done';
		if (this.result?.dryRun) return 'checked';
		return this.preview ? 'preview' : 'choose';
	}

	setKind(kind: ImportKind): void {
		if (kind === this.kind) return;
		this.kind = kind;
		this.mapping = {};
		void this.refreshPreview();
	}

	setCrs(crs: CrsId): void {
		this.crs = crs;
		this.clearOutcome();
	}

	setFile(file: File | null): void {
		this.file = file;
		this.mapping = {};
		this.preview = null;
		void this.refreshPreview();
	}

	setColumn(field: string, column: string): void {
		const next = setMappingColumn(this.effectiveMapping, field, column);
		this.mapping = next;
		void this.refreshPreview();
	}

	async refreshPreview(): Promise<void> {
		this.clearOutcome();
		if (!this.file) return;
		await this.#run(this.client.preview, (preview) => (this.preview = preview));
	}

	dryRun = () =>
		this.#run(
			(form) => this.client.run(form, true),
			(result) => (this.result = result)
		);

	commit = () =>
		this.#run(
			(form) => this.client.run(form, false),
			(result) => (this.result = result)
		);

	private clearOutcome(): void {
		this.result = null;
		this.rejected = null;
		this.error = null;
		this.allowFar = false;
	}

	async #run<T>(
		call: (form: ImportRequestForm) => Promise<T>,
		apply: (value: T) => void
	): Promise<void> {
		const file = this.file;
		if (!file) return;
		const ticket = ++this.#ticket;
		const allowFar = this.allowFar;
		this.busy = true;
		this.clearOutcome();
		const form = {
			kind: this.kind,
			file,
			filename: file.name,
			crs: this.crs,
			mapping: this.mapping,
			lang: this.lang,
			allowFar
		};
		try {
			const value = await call(form);
			if (ticket === this.#ticket) apply(value);
		} catch (error) {
			if (ticket !== this.#ticket) return;
			if (error instanceof ImportRejectedError) this.rejected = error.refusal;
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (ticket === this.#ticket) this.busy = false;
		}
	}
}
