// Inline SVG icons (no image files, nothing fetched). All are decorative: the text next to them
// carries the meaning, so they are hidden from assistive technology.

import type { ReactNode } from 'react';
import type { AppSection } from '../../../shared/domain/sections';

interface IconProps {
  readonly className?: string;
}

/** A 24×24 line icon in the text colour: the frame every stroke glyph here and in the editor uses. */
export function StrokeIcon({ className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Per-section glyphs, drawn on a 24×24 grid. */
const sectionGlyphs: Readonly<Record<AppSection, ReactNode>> = {
  // A rich-menu template: one large area over three tap areas.
  editor: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2.5" />
      <path d="M3 12.5h18M9 12.5V20M15 12.5V20" />
      <path d="M7 9l2-2 2 2 2.5-2.5L17 9" />
    </>
  ),
  // A megaphone.
  campaigns: (
    <>
      <path d="M4 10.5v3a1 1 0 0 0 1 1h2.5L13 18.5v-13L7.5 9.5H5a1 1 0 0 0-1 1z" />
      <path d="M16.5 9.5a3.5 3.5 0 0 1 0 5" />
      <path d="M19 7a7 7 0 0 1 0 10" />
    </>
  ),
  // Two people.
  audiences: (
    <>
      <circle cx="9" cy="8.5" r="3.25" />
      <path d="M3 19.5a6 6 0 0 1 12 0" />
      <circle cx="16.75" cy="9.5" r="2.5" />
      <path d="M16.5 14.5a5 5 0 0 1 4.75 5" />
    </>
  ),
  // A gauge.
  quota: (
    <>
      <path d="M3.5 17a8.5 8.5 0 1 1 17 0" />
      <path d="M12 17l4-5" />
      <circle cx="12" cy="17" r="1.25" />
      <path d="M6.5 13.5l1 .6M12 8.5v1.2M17.5 13.5l-1 .6" />
    </>
  ),
  // Two arrows chasing each other round a circle.
  sync: (
    <>
      <path d="M19.5 11A7.5 7.5 0 0 0 6 7.5" />
      <path d="M5 4v4h4" />
      <path d="M4.5 13A7.5 7.5 0 0 0 18 16.5" />
      <path d="M19 20v-4h-4" />
    </>
  ),
  // Sliders.
  settings: (
    <>
      <path d="M4 7h9M17 7h3M4 12h3M11 12h9M4 17h11M19 17h1" />
      <circle cx="15" cy="7" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="17" cy="17" r="2" />
    </>
  ),
};

export function SectionIcon({ section, className }: IconProps & { section: AppSection }) {
  return <StrokeIcon className={className}>{sectionGlyphs[section]}</StrokeIcon>;
}

/** A cross (×), for close buttons. */
export const closeGlyph = <path d="M6 6l12 12M18 6L6 18" />;

export function CloseIcon({ className = 'icon' }: IconProps) {
  return <StrokeIcon className={className}>{closeGlyph}</StrokeIcon>;
}

export function AlertIcon({ className }: IconProps) {
  return (
    <StrokeIcon className={className}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5v5.5M12 16.5v.01" />
    </StrokeIcon>
  );
}

/** The app mark: a green tile with a calendar page and a speech bubble's tail. */
export function LogoMark({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#06C755" />
      <path
        d="M9 10.5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2V19a2 2 0 0 1-2 2h-5.5L12 24v-3h-1a2 2 0 0 1-2-2z"
        fill="#fff"
      />
      <path d="M9 12.5h14" stroke="#06C755" strokeWidth="1.5" />
      <path d="M13 6.5v4M19 6.5v4" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      <circle cx="13" cy="16.5" r="1.1" fill="#06C755" />
      <circle cx="16" cy="16.5" r="1.1" fill="#06C755" />
      <circle cx="19" cy="16.5" r="1.1" fill="#06C755" />
    </svg>
  );
}

/**
 * An empty-state illustration: the section's glyph on a soft tile, with a few quiet shapes around
 * it. Colours come from CSS custom properties so the dark theme needs no second drawing.
 */
export function EmptyIllustration({ section, className }: IconProps & { section: AppSection }) {
  return (
    <svg className={className} viewBox="0 0 200 140" aria-hidden="true" focusable="false">
      <ellipse cx="100" cy="122" rx="62" ry="7" className="illo-shadow" />
      <rect x="34" y="30" width="44" height="30" rx="7" className="illo-card illo-card-back" />
      <rect x="124" y="22" width="42" height="26" rx="7" className="illo-card illo-card-back" />
      <rect x="60" y="14" width="80" height="96" rx="18" className="illo-card" />
      <circle cx="100" cy="58" r="30" className="illo-halo" />
      <g
        transform="translate(70 28) scale(2.5)"
        className="illo-glyph"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.4}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {sectionGlyphs[section]}
      </g>
      <rect x="78" y="94" width="44" height="5" rx="2.5" className="illo-line" />
      <circle cx="44" cy="86" r="4" className="illo-dot" />
      <circle cx="160" cy="72" r="3" className="illo-dot" />
      <circle cx="150" cy="96" r="5" className="illo-dot illo-dot-soft" />
    </svg>
  );
}
