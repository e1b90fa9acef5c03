import AddIcon from '@mui/icons-material/Add';
import PublicIcon from '@mui/icons-material/Public';
import RemoveIcon from '@mui/icons-material/Remove';
import { Box, IconButton, Paper, Tooltip, useTheme } from '@mui/material';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { type KeyboardEvent, type PointerEvent, type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { layOutLabels } from './labelLayout';
import { type Place, placeName } from './partnerPlaces';
import { STATUS_FILL } from './statusFill';
import { WORLD } from './worldOutline';

/** The drawing's own units (the SVG's viewBox); it scales to the width of the page. */
const WIDTH = 960;
const PAD = 6;
const MAX_ZOOM = 8;
/** Markers and names in screen pixels, whatever the zoom and the width of the page. */
const RADIUS = 7;
const FONT_SIZE = 12;

const projection = geoNaturalEarth1().fitWidth(WIDTH - 2 * PAD, WORLD);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds(WORLD);
projection.translate([projection.translate()[0] + PAD, projection.translate()[1] - top + PAD]);
/** As tall as the countries without Antarctica. */
const HEIGHT = Math.ceil(bottom - top + 2 * PAD);

// The outlines never change: drawn once, when the map's chunk loads.
const SPHERE = path({ type: 'Sphere' }) ?? '';
const GRATICULE = path(geoGraticule10()) ?? '';
const COUNTRIES = WORLD.features.map((country, i) => ({ key: String(country.id ?? i), d: path(country) ?? '' }));

interface View {
  k: number;
  x: number;
  y: number;
}
const WHOLE_WORLD: View = { k: 1, x: 0, y: 0 };

/** Zoomed between 1 and MAX_ZOOM, and never panned past the edge of the world. */
function clamp({ k, x, y }: View): View {
  const zoom = Math.min(Math.max(k, 1), MAX_ZOOM);
  const within = (value: number, size: number) => Math.min(0, Math.max(size * (1 - zoom), value));
  return { k: zoom, x: within(x, WIDTH), y: within(y, HEIGHT) };
}

/** Zoomed by `factor` about a point of the drawing, which stays where it is. */
const zoomAbout = (view: View, factor: number, px: number, py: number): View => {
  const k = Math.min(Math.max(view.k * factor, 1), MAX_ZOOM);
  return clamp({ k, x: px - ((px - view.x) * k) / view.k, y: py - ((py - view.y) * k) / view.k });
};

/** Drawing units per screen pixel (1 where nothing is laid out, as in tests). */
function unitsPerPixel(element: SVGSVGElement | null): number {
  const width = element?.getBoundingClientRect().width;
  return width ? WIDTH / width : 1;
}

/** Where a pointer is, in the drawing's units. */
function pointIn(element: SVGSVGElement, clientX: number, clientY: number): [number, number] {
  const rect = element.getBoundingClientRect();
  const units = unitsPerPixel(element);
  return [(clientX - rect.left) * units, (clientY - rect.top) * units];
}

/** How many drawing units a screen pixel is, kept up to date as the page resizes. */
function useUnitsPerPixel(svg: RefObject<SVGSVGElement | null>): number {
  const [units, setUnits] = useState(1);
  useEffect(() => {
    const element = svg.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setUnits(unitsPerPixel(element)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [svg]);
  return units;
}

/** Where the zoom buttons sit over the map (top right), in screen pixels: no name goes under them. */
const zoomButtons = (width: number) => ({ left: width - 48, top: 0, right: width, bottom: 118 });

const ZoomButton = ({ label, onClick, disabled, children }: { label: string; onClick: () => void; disabled: boolean; children: ReactNode }) => (
  <Tooltip title={label} placement="left">
    <span>
      <IconButton size="small" aria-label={label} onClick={onClick} disabled={disabled}>
        {children}
      </IconButton>
    </span>
  </Tooltip>
);

interface WorldMapProps {
  places: readonly Place[];
  selectedKey: string | null;
  onSelect: (place: Place) => void;
}

/**
 * The world (Natural Earth projection, d3-geo) with one marker per place, in the colour of its
 * status, named where there is room. Drag to pan, wheel or the buttons to zoom; markers and names
 * keep their size at any zoom. Each marker is a button (Tab, Enter) named after its place and partners.
 */
export const WorldMap = ({ places, selectedKey, onSelect }: WorldMapProps) => {
  const theme = useTheme();
  const translate = useTranslate();
  const svg = useRef<SVGSVGElement>(null);
  const units = useUnitsPerPixel(svg);
  const [view, setView] = useState<View>(WHOLE_WORLD);
  const drag = useRef<{ clientX: number; clientY: number; from: View; moved: boolean } | null>(null);

  // A native listener: React's onWheel is passive, and the page must not scroll while the map zooms.
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const [px, py] = pointIn(element, event.clientX, event.clientY);
      setView((current) => zoomAbout(current, Math.exp(-event.deltaY * 0.002), px, py));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button === 0) drag.current = { clientX: event.clientX, clientY: event.clientY, from: view, moved: false };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.clientX;
    const dy = event.clientY - start.clientY;
    // Captured only once it is a drag, so a click on a marker stays a click.
    if (!start.moved && Math.hypot(dx, dy) < 4) return;
    if (!start.moved) event.currentTarget.setPointerCapture(event.pointerId);
    start.moved = true;
    setView(clamp({ k: start.from.k, x: start.from.x + dx * units, y: start.from.y + dy * units }));
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onMarkerKey = (event: KeyboardEvent, place: Place) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(place);
  };

  const dark = theme.palette.mode === 'dark';
  const land = dark ? theme.palette.grey[800] : theme.palette.grey[300];
  const sea = dark ? theme.palette.grey[900] : '#eef4fa';
  const edge = theme.palette.background.paper;
  const ink = theme.palette.text.primary;

  // Each place on screen, in pixels of the drawing as shown; names for the selected place first,
  // then the more alive (drawn last, so they are the ones on top), where there is room.
  const shown = places.flatMap((place) => {
    const point = projection([place.longitude, place.latitude]);
    if (!point) return [];
    const x = point[0] * view.k + view.x;
    const y = point[1] * view.k + view.y;
    return x < 0 || y < 0 || x > WIDTH || y > HEIGHT ? [] : [{ place, x: x / units, y: y / units, name: placeName(place) }];
  });
  const wanted = [...shown].reverse().sort((a, b) => Number(b.place.key === selectedKey) - Number(a.place.key === selectedKey));
  const labels = layOutLabels(
    wanted.map(({ place, x, y, name }) => ({ key: place.key, x, y, text: name })),
    { radius: RADIUS, fontSize: FONT_SIZE, width: WIDTH / units, height: HEIGHT / units, reserved: [zoomButtons(WIDTH / units)] },
  );
  // The buttons zoom about the chosen place while it is in sight, else about the middle of the view.
  const focus = shown.find(({ place }) => place.key === selectedKey);
  const zoomBy = (factor: number) =>
    setView((current) => zoomAbout(current, factor, focus ? focus.x * units : WIDTH / 2, focus ? focus.y * units : HEIGHT / 2));
  const marker = (x: number, y: number) => `translate(${x * units} ${y * units}) scale(${units})`;

  return (
    <Box sx={{ position: 'relative' }}>
      <Box
        component="svg"
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={translate('klch.map.mapLabel')}
        data-testid="world-map"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        sx={{
          display: 'block',
          width: '100%',
          height: 'auto',
          touchAction: 'none',
          userSelect: 'none',
          cursor: view.k > 1 ? 'grab' : 'default',
          '& [role=button]': { cursor: 'pointer', outline: 'none' },
          '& [role=button]:focus-visible circle': { stroke: ink, strokeWidth: 3 },
        }}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <path d={SPHERE} fill={sea} />
          <path d={GRATICULE} fill="none" stroke={theme.palette.divider} strokeWidth={0.5} vectorEffect="non-scaling-stroke" />
          {COUNTRIES.map((country) => (
            <path key={country.key} d={country.d} fill={land} stroke={edge} strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        {shown.map(({ place, x, y, name }) => {
          const label = `${name}: ${place.partners.map((partner) => partner.organisation.name).join(', ')}`;
          const count = place.partners.length;
          return (
            <g
              key={place.key}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={place.key === selectedKey}
              data-testid="map-marker"
              data-status={place.status}
              transform={marker(x, y)}
              onPointerDown={(event) => event.stopPropagation()}
              onClick={() => onSelect(place)}
              onKeyDown={(event) => onMarkerKey(event, place)}
            >
              <title>{label}</title>
              <circle r={RADIUS} fill={STATUS_FILL[place.status]} stroke={edge} strokeWidth={1.5} />
              {count > 1 && (
                <text textAnchor="middle" dy="0.35em" fontSize={9} fontWeight={700} fill="#fff" pointerEvents="none">
                  {count}
                </text>
              )}
            </g>
          );
        })}
        {/* Names and the selected place's ring last, above every marker; markers stay in place so focus stays too. */}
        <g pointerEvents="none">
          {shown.map(({ place, x, y, name }) => {
            const at = labels.get(place.key);
            const selected = place.key === selectedKey;
            if (!at && !selected) return null;
            return (
              <g key={place.key} transform={marker(x, y)}>
                {selected && <circle r={RADIUS + 4} fill="none" stroke={ink} strokeWidth={2.5} />}
                {at && (
                  <text
                    x={at.dx + (selected ? Math.sign(at.dx) * 4 : 0)}
                    y={at.dy + (selected ? Math.sign(at.dy) * 4 : 0)}
                    dy="0.35em"
                    textAnchor={at.anchor}
                    fontSize={FONT_SIZE}
                    fontWeight={selected ? 700 : 500}
                    fill={ink}
                    stroke={edge}
                    strokeWidth={3}
                    paintOrder="stroke"
                  >
                    {name}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </Box>
      <Paper variant="outlined" sx={{ position: 'absolute', top: 8, right: 8, display: 'flex', flexDirection: 'column' }}>
        <ZoomButton label={translate('klch.map.zoomIn')} onClick={() => zoomBy(2)} disabled={view.k >= MAX_ZOOM}>
          <AddIcon fontSize="small" />
        </ZoomButton>
        <ZoomButton label={translate('klch.map.zoomOut')} onClick={() => zoomBy(0.5)} disabled={view.k <= 1}>
          <RemoveIcon fontSize="small" />
        </ZoomButton>
        <ZoomButton label={translate('klch.map.resetZoom')} onClick={() => setView(WHOLE_WORLD)} disabled={view.k === 1}>
          <PublicIcon fontSize="small" />
        </ZoomButton>
      </Paper>
    </Box>
  );
};
