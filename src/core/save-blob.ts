/** Saves a blob with the browser's download UI (a document fetched with the token, not navigable). */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
