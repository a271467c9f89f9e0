/**
 * A tiny set of inline SVG icons (24×24, drawn with the text colour). Decorative only: every
 * icon is aria-hidden and sits next to a visible label or inside a control with an aria-label.
 * They replace Unicode symbols that some systems' fonts lack (they showed as empty boxes in
 * Chromium on Debian).
 */
import type { ReactNode } from 'react';

const PATHS = {
  plus: <path d="M12 5v14M5 12h14" />,
  minus: <path d="M5 12h14" />,
  undo: <path d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" />,
  redo: <path d="m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3" />,
  fit: <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />,
  trash: <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />,
  link: <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6" />
      <path d="m20 20-4.5-4.5" />
    </>
  ),
  keyboard: (
    <>
      <rect x="2.5" y="6" width="19" height="12" rx="2" />
      <path d="M6 10h1M10 10h1M14 10h1M18 10h0M7 14h10" />
    </>
  ),
  help: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.01" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.01" />
    </>
  ),
  image: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.5" />
      <path d="m21 16-5-5-8 8" />
    </>
  ),
  edit: <path d="M4 20h4L19 9l-4-4L4 16v4ZM13.5 6.5l4 4" />,
  handoff: <path d="M4 8h13l-3-3M20 16H7l3 3" />,
  persona: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
  scale: <path d="M12 4v16M7 20h10M5 7h14M5 7l-3 6a3 3 0 0 0 6 0L5 7ZM19 7l-3 6a3 3 0 0 0 6 0l-3-6Z" />,
  flag: <path d="M5 21V4M5 4h11l-2 4 2 4H5" />,
  gauge: (
    <>
      <path d="M4 17a8 8 0 1 1 16 0" />
      <path d="m12 17 4-5" />
    </>
  ),
  book: <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5ZM4 19a2 2 0 0 1 2-2h13" />,
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  report: <path d="M6 3h9l4 4v14H6V3ZM14 3v5h5M9 12h7M9 16h7" />,
  history: (
    <>
      <path d="M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5" />
      <path d="M12 8v4l3 2" />
    </>
  ),
  phone: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M11 18h2" />
    </>
  ),
  inbox: <path d="M3 13h5l1 3h6l1-3h5M5 5h14l2 8v6H3v-6l2-8Z" />,
  map: <path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2V6ZM9 4v14M15 6v14" />,
  sun: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </>
  ),
  moon: <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5Z" />,
  projector: (
    <>
      <rect x="2.5" y="8" width="19" height="9" rx="2" />
      <circle cx="15" cy="12.5" r="2.5" />
      <path d="M6 17v2M18 17v2" />
    </>
  ),
  download: <path d="M12 4v11m0 0-4-4m4 4 4-4M5 20h14" />,
  upload: <path d="M12 16V5m0 0-4 4m4-4 4 4M5 20h14" />,
  back: <path d="M19 12H5m0 0 6-6m-6 6 6 6" />,
  more: (
    <>
      <circle cx="5" cy="12" r="1.2" />
      <circle cx="12" cy="12" r="1.2" />
      <circle cx="19" cy="12" r="1.2" />
    </>
  ),
  check: <path d="m5 12 5 5 9-10" />,
  close: <path d="M6 6l12 12M18 6 6 18" />,
  palette: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="m7 9 3 3-3 3M12 15h5" />
    </>
  ),
  tour: <path d="M4 21V4l8 3 8-3v13l-8 3-8-3M12 7v13" />,
  colour: (
    <>
      <circle cx="12" cy="12" r="9" />
      <circle cx="8" cy="10" r="1.3" />
      <circle cx="12" cy="7.5" r="1.3" />
      <circle cx="16" cy="10" r="1.3" />
      <path d="M12 21a3 3 0 0 1 0-6h3" />
    </>
  ),
  stage: <path d="M4 4h6v16H4zM14 4h6v16h-6z" />,
  lane: <path d="M4 5h16v5H4zM4 14h16v5H4z" />,
  card: <rect x="4" y="6" width="16" height="12" rx="2" />,
  menu: <path d="M4 7h16M4 12h16M4 17h16" />,
  room: <path d="M3 5h18v11H3zM8 20h8M12 16v4M8 9l-2 2 2 2M16 9l2 2-2 2" />,
  next: <path d="m9 5 7 7-7 7" />,
  previous: <path d="m15 5-7 7 7 7" />,
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof PATHS;

export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/**
 * A shape per card colour, so a colour never carries meaning alone (colour-blind readers,
 * black-and-white prints): on the colour buttons, and on cards with Display settings › colour names.
 */
const COLOUR_SHAPES: Record<string, ReactNode> = {
  yellow: <circle cx="12" cy="12" r="6" />,
  blue: <rect x="6" y="6" width="12" height="12" />,
  green: <path d="M12 5 19 18H5Z" />,
  pink: <path d="M12 4 20 12 12 20 4 12Z" />,
  purple: <path d="m12 4 2.3 5 5.4.6-4 3.7 1.1 5.3L12 16l-4.8 2.6 1.1-5.3-4-3.7 5.4-.6Z" />,
  orange: <path d="M8 5h8l4 7-4 7H8l-4-7Z" />,
  grey: <path d="M5 12h14M12 5v14" />,
};

export function ColourShape({ colour }: { colour: string }) {
  return (
    <svg className="icon colour-shape" viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" stroke="currentColor" strokeWidth={colour === 'grey' ? 4 : 1} aria-hidden="true" focusable="false">
      {COLOUR_SHAPES[colour]}
    </svg>
  );
}

/** An icon at the size of the text around it (1.15em), hidden from screen readers. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      width="1.15em"
      height="1.15em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
