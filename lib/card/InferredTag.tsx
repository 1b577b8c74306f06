import { useState } from 'preact/hooks';

/**
 * The *inferred* tag of a date or a name the article does not state: the reason shows on hover (title)
 * and, for touch screens and keyboards, under the tag on a tap or a press.
 */
export function InferredTag({ id, label, reason }: { id: string; label: string; reason: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="inferred-tag" title={reason} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <span id={id} class="inferred-reason">
          {reason}
        </span>
      )}
    </>
  );
}
