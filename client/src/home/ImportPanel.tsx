import { useId, useState, type ChangeEvent, type FormEvent } from 'react';

/** Largest JSON file the import accepts in the browser (the server has its own limit). */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportPanelProps {
  title: string;
  description: string;
  testId: string;
  placeholder: string;
  submitLabel: string;
  busy: boolean;
  /** Sends the parsed JSON; rejects with an Error whose message is shown inline. */
  onImport(json: unknown): Promise<void>;
}

/**
 * Paste or upload a JSON document and send it to the server. Errors (unreadable file, invalid
 * JSON, the server's 400 naming the field) are shown inline next to the input.
 */
export function ImportPanel({ title, description, testId, placeholder, submitLabel, busy, onImport }: ImportPanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`);
      return;
    }
    setError(null);
    setText(await file.text());
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      setError(`Not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    setError(null);
    try {
      await onImport(json);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form className="card import-panel" data-testid={testId} onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{description}</p>
      <label htmlFor={`${id}-text`}>Paste JSON</label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={placeholder}
        rows={6}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <div className="row">
        <label className="button secondary file-button">
          Upload a .json file
          <input type="file" accept="application/json,.json" onChange={onFile} className="visually-hidden" />
        </label>
        <button type="submit" disabled={busy || text.trim() === ''}>
          {submitLabel}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
