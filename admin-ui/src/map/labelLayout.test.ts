import { describe, expect, it } from 'vitest';
import { layOutLabels } from './labelLayout';

const size = { radius: 7, fontSize: 12, width: 600, height: 300 };

describe('names beside the markers', () => {
  it('puts a name to the right of its marker when there is room', () => {
    expect(layOutLabels([{ key: 'tokyo', x: 100, y: 100, text: 'Tokyo' }], size).get('tokyo')).toEqual({ dx: 10, dy: 0, anchor: 'start' });
  });

  it('goes left at the right edge, and the second of two close markers goes elsewhere or not at all, never over the first', () => {
    const labels = layOutLabels(
      [
        { key: 'seoul', x: 590, y: 100, text: 'Seoul' },
        { key: 'busan', x: 592, y: 108, text: 'Busan' },
      ],
      size,
    );
    expect(labels.get('seoul')?.anchor).toBe('end');
    expect(labels.get('busan')?.anchor).not.toBe('end');
  });

  it('leaves unnamed a marker with no room on any side', () => {
    const crowd = [
      { key: 'a', x: 20, y: 20, text: 'Busy centre' },
      ...[-14, 14].flatMap((dx) => [-14, 0, 14].map((dy) => ({ key: `${dx},${dy}`, x: 20 + dx, y: 20 + dy, text: 'Neighbour' }))),
    ];
    const labels = layOutLabels(crowd.slice(1).concat(crowd[0]), { ...size, width: 40, height: 40 });
    expect(labels.has('a')).toBe(false);
  });
});
