/** Small icons (no icon font, nothing remote) on a 24-unit grid, stroked. Decorative: the button or mark carries the name. */
export const iconPaths = {
  reply: 'M9 5 3 11l6 6v-4c5 0 8 1.5 10 5-1-5-4-9-10-10z',
  renote: 'M7 7h10l-2.5-2.5M17 17H7l2.5 2.5M4 12V9a2 2 0 0 1 2-2M20 12v3a2 2 0 0 1-2 2',
  react: 'M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18zM8.5 14.5s1.2 2 3.5 2 3.5-2 3.5-2M9 9.5h.01M15 9.5h.01',
  more: 'M5 11.25a.75.75 0 1 0 0 1.5a.75.75 0 1 0 0-1.5zM12 11.25a.75.75 0 1 0 0 1.5a.75.75 0 1 0 0-1.5zM19 11.25a.75.75 0 1 0 0 1.5a.75.75 0 1 0 0-1.5z',
  home: 'M3 11 12 4l9 7M5 10v10h14V10',
  lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3',
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
  localOnly: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 3l18 18',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  zoomIn: 'M10.5 17a6.5 6.5 0 1 1 0-13 6.5 6.5 0 0 1 0 13zM20 20l-4.8-4.8M10.5 7.5v6M7.5 10.5h6',
  zoomOut: 'M10.5 17a6.5 6.5 0 1 1 0-13 6.5 6.5 0 0 1 0 13zM20 20l-4.8-4.8M7.5 10.5h6',
  prev: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  close: 'M6 6l12 12M18 6 6 18',
  clip: 'M20 11.5 12 19.5a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2a1.7 1.7 0 0 1-2.4-2.4L15 7',
  poll: 'M5 20V10M12 20V4M19 20v-7',
  eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
} as const;

export type IconName = keyof typeof iconPaths;

/** The stroke width at 24 units (scaled with the icon). */
export const iconStroke = 1.8;
