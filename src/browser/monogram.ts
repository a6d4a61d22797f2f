const SIZE = 96;

/**
 * The assistant's initials on a rounded square of `color`, as a PNG data URL: a recognisable icon without
 * shipping anyone's logo. Undefined where OffscreenCanvas is missing (the caller falls back).
 */
export async function monogramOf(name: string, color: string): Promise<string | undefined> {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const canvas = new OffscreenCanvas(SIZE, SIZE);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.fillStyle = color;
  context.beginPath();
  context.roundRect(0, 0, SIZE, SIZE, SIZE / 5);
  context.fill();
  context.fillStyle = '#ffffff';
  context.font = `bold ${SIZE * 0.42}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(initialsOf(name), SIZE / 2, SIZE / 2 + SIZE * 0.03);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return `data:image/png;base64,${base64Of(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** "Claude API" -> "CA", "ChatGPT" -> "C", "fal" -> "F": at most two letters, one per word. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
