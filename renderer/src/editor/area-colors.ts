// Distinct colours for tap areas, so neighbouring areas, their numbers and their rows in the panel
// match at a glance.

const palette = ['#1a73e8', '#e8368f', '#f29900', '#0f9d58', '#8e44ef', '#00a3bf', '#d93025', '#5f6368'];

export interface AreaColor {
  readonly stroke: string;
  readonly fill: string;
  readonly fillStrong: string;
}

export function areaColor(index: number): AreaColor {
  const stroke = palette[index % palette.length] ?? '#1a73e8';
  return { stroke, fill: `${stroke}26`, fillStrong: `${stroke}4d` };
}
