import { useId, useState, type ChangeEvent } from 'react';
import { setMeta } from '@gapboard/shared';
import type { BoardContext } from '../board/BoardContext';
import { describeWriteFailure } from '../editing/writeFailure';

/**
 * Largest screenshot accepted, in bytes. It is stored in the shared document as a data URL
 * (base64 adds a third), which the schema caps at 400,000 characters; every client downloads
 * it, so it has to stay small.
 */
export const MAX_IMAGE_BYTES = 290 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** The screenshot of what customers saw: upload (size-limited), preview, remove. */
export function ImageField({ ctx }: { ctx: BoardContext }) {
  const { doc, origin, readOnly, board } = ctx;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const image = board.meta.customerImpactImage;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (!TYPES.includes(file.type)) {
      setError(`"${file.name}" is not a PNG, JPEG, WebP or GIF image.`);
      return;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      setError(
        `"${file.name}" is ${Math.round(file.size / 1024)} KB; the limit is ${Math.round(MAX_IMAGE_BYTES / 1024)} KB. Crop it or save it as a JPEG, then try again.`,
      );
      return;
    }
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      setError(`Could not read "${file.name}". Save it again on your computer, or pick another file.`);
      return;
    }
    try {
      setMeta(doc, { customerImpactImage: dataUrl }, origin);
      setError(null);
    } catch (err) {
      setError(describeWriteFailure(err, { collection: 'meta', noun: 'screenshot', doing: 'changing' }).message);
    }
  };

  return (
    <div className="field image-field">
      <span className="label" id={`${id}-label`}>
        Screenshot of what customers saw
      </span>
      {image ? (
        <img src={image} alt="What customers saw during the incident" className="impact-image" />
      ) : (
        <span className="hint">No screenshot yet.</span>
      )}
      {!readOnly && (
        <div className="row">
          <label className="button secondary file-button">
            {image ? 'Replace screenshot' : 'Upload screenshot'}
            <input
              type="file"
              accept={TYPES.join(',')}
              onChange={(e) => void onFile(e)}
              className="visually-hidden"
              aria-describedby={`${id}-hint`}
              data-testid="prep-image-input"
            />
          </label>
          {image && (
            <button type="button" className="secondary" onClick={() => setMeta(doc, { customerImpactImage: undefined }, origin)}>
              Remove
            </button>
          )}
        </div>
      )}
      <span className="hint" id={`${id}-hint`}>
        PNG, JPEG, WebP or GIF, at most {Math.round(MAX_IMAGE_BYTES / 1024)} KB. Saved as soon as it is uploaded.
      </span>
      {error && (
        <span className="field-error" role="alert" data-testid="prep-image-error">
          {error}
        </span>
      )}
    </div>
  );
}
