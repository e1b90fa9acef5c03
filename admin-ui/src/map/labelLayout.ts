/** A marker to name, at (x, y) in screen pixels. */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  dx: number;
  dy: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Names for the markers that have room, in the order asked (the most wanted first): each label
 * goes right, left, above or below its marker, wherever it covers no marker, no label already
 * placed and nothing `reserved` (the zoom buttons), inside the map; a marker with no room keeps
 * its name for the tooltip. Text widths are estimated from the length (about 0.58 em a character
 * in Roboto), which is enough here.
 */
export function layOutLabels(
  requests: readonly LabelRequest[],
  { radius, fontSize, width, height, reserved = [] }: { radius: number; fontSize: number; width: number; height: number; reserved?: Box[] },
): Map<string, PlacedLabel> {
  const gap = radius + 3;
  const taken: Box[] = [...reserved, ...requests.map(({ x, y }) => ({ left: x - radius, top: y - radius, right: x + radius, bottom: y + radius }))];
  const placed = new Map<string, PlacedLabel>();
  for (const { key, x, y, text } of requests) {
    const w = text.length * fontSize * 0.58;
    const h = fontSize * 1.2;
    const candidates: Array<PlacedLabel & { box: Box }> = [
      { dx: gap, dy: 0, anchor: 'start', box: { left: x + gap, top: y - h / 2, right: x + gap + w, bottom: y + h / 2 } },
      { dx: -gap, dy: 0, anchor: 'end', box: { left: x - gap - w, top: y - h / 2, right: x - gap, bottom: y + h / 2 } },
      { dx: 0, dy: -gap - h / 2, anchor: 'middle', box: { left: x - w / 2, top: y - gap - h, right: x + w / 2, bottom: y - gap } },
      { dx: 0, dy: gap + h / 2, anchor: 'middle', box: { left: x - w / 2, top: y + gap, right: x + w / 2, bottom: y + gap + h } },
    ];
    const fits = candidates.find(
      ({ box }) => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height && !taken.some((other) => overlaps(box, other)),
    );
    if (!fits) continue;
    taken.push(fits.box);
    placed.set(key, { dx: fits.dx, dy: fits.dy, anchor: fits.anchor });
  }
  return placed;
}
