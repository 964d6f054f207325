// The month's usage as a chart: a step line of the messages counted by the end of each day (rising
// at the day of the send), the
// free allowance and free plus cap as flat lines, and each refused send as a cross where it would
// have taken the month. Canvas text does not make the browser load a font face, so the bundled Noto
// faces the labels need (Chinese, Japanese, Thai) are loaded first and the chart drawn after.

import { useEffect, useMemo, useState } from 'react';
import {
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { ChartSeries } from './chart-series';
import { formatCount, formatDate, formatDay } from './format';
import type { QuotaText } from './text';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

/** The UI's font stack (styles/app.css), for the canvas. */
export const chartFontFamily = '"Noto Sans", "Noto Sans TC", "Noto Sans JP", "Noto Sans Thai", sans-serif';
const chartFaces = ['Noto Sans', 'Noto Sans TC', 'Noto Sans JP', 'Noto Sans Thai'];

/** True once the faces covering `text` are loaded (at once where the Font Loading API is missing). */
function useFontsFor(text: string): boolean {
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
    const loads = fonts ? chartFaces.map((face) => fonts.load(`12px "${face}"`, text)) : [];
    void Promise.allSettled(loads).then(() => {
      if (current) setLoadedFor(text);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return loadedFor === text;
}

const colors = {
  usage: '#06873d',
  free: '#1f6feb',
  cap: '#c77700',
  refused: '#c62f2f',
};

export function UsageChart({
  series,
  locale,
  qt,
}: {
  readonly series: ChartSeries;
  readonly locale: string;
  readonly qt: QuotaText;
}) {
  const labels = useMemo(() => series.dates.map((date) => formatDay(locale, date)), [series, locale]);
  const names = {
    usage: qt('chartUsage'),
    free: qt('chartFree'),
    cap: qt('chartFreePlusCap'),
    refused: qt('chartRefused'),
    x: qt('chartDay'),
    y: qt('chartMessages'),
  };
  const ready = useFontsFor(Object.values(names).join('') + labels.join('') + '0123456789,.');

  const data: ChartData<'line', (number | null)[], string> = {
    labels,
    datasets: [
      {
        label: names.usage,
        data: [...series.cumulative],
        borderColor: colors.usage,
        backgroundColor: colors.usage,
        stepped: 'before',
        pointStyle: 'line',
        borderWidth: 2.5,
        pointRadius: 0,
      },
      {
        label: names.free,
        data: [...series.free],
        borderColor: colors.free,
        backgroundColor: colors.free,
        borderDash: [6, 4],
        borderWidth: 1.5,
        pointRadius: 0,
        pointStyle: 'line',
        stepped: 'before',
      },
      ...(series.freePlusCap.some((v) => v !== null)
        ? [
            {
              label: names.cap,
              data: [...series.freePlusCap],
              borderColor: colors.cap,
              backgroundColor: colors.cap,
              borderDash: [2, 3],
              borderWidth: 1.5,
              pointRadius: 0,
              stepped: 'before' as const,
              pointStyle: 'line' as const,
            },
          ]
        : []),
      ...(series.refused.length > 0
        ? [
            {
              label: names.refused,
              data: series.dates.map((_, day) => {
                const points = series.refused.filter((p) => p.day === day);
                return points.length === 0 ? null : Math.max(...points.map((p) => p.wouldReach));
              }),
              borderColor: colors.refused,
              backgroundColor: colors.refused,
              showLine: false,
              pointStyle: 'crossRot' as const,
              pointRadius: 8,
              pointBorderWidth: 3,
            },
          ]
        : []),
    ],
  };

  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    font: { family: chartFontFamily },
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: {
        type: 'category',
        title: { display: true, text: names.x, font: { family: chartFontFamily } },
        ticks: { font: { family: chartFontFamily }, autoSkip: false, maxRotation: 0 },
      },
      y: {
        type: 'linear',
        beginAtZero: true,
        suggestedMax: Math.ceil(series.yMax * 1.08),
        title: { display: true, text: names.y, font: { family: chartFontFamily } },
        ticks: {
          font: { family: chartFontFamily },
          callback: (value) => formatCount(locale, Number(value)),
        },
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { font: { family: chartFontFamily }, usePointStyle: true, pointStyleWidth: 28 },
      },
      tooltip: {
        titleFont: { family: chartFontFamily },
        bodyFont: { family: chartFontFamily },
        // A day without a refused send has no cross to describe.
        filter: (item) => item.raw !== null,
        callbacks: {
          title: (items) => {
            const date = series.dates[items[0]?.dataIndex ?? 0];
            return date ? formatDate(locale, date) : '';
          },
          label: (item) => {
            if (item.dataset.label === names.refused) {
              return series.refused
                .filter((p) => p.day === item.dataIndex)
                .map((p) => qt('chartRefusedPoint', { send: p.title, count: formatCount(locale, p.needed) }))
                .join(' · ');
            }
            return `${item.dataset.label ?? ''}: ${formatCount(locale, Number(item.raw))}`;
          },
        },
      },
    },
  };

  return (
    <div className="quota-chart" data-testid="quota-chart" data-ready={ready ? 'true' : 'false'}>
      {ready ? (
        <Line key={locale} data={data} options={options} aria-label={qt('chartTitle')} role="img" />
      ) : null}
    </div>
  );
}
