import { useEffect, useRef, useSyncExternalStore } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import { t } from '@/lib/i18n';
import { getThemeVersion, subscribeTheme } from '@/lib/theme';

import {
  dayToEpochSeconds,
  formatDay,
  formatShortDay,
  utcDay,
} from './dateRange';
import { formatCompact, formatCount } from './format';

/*
 * The only module that imports the chart library. UsageCharts loads it
 * lazily, so the library travels in the usage page's chunk alone.
 */
export interface ChartSeries {
  label: string;
  color: string;
  values: number[];
}

interface UPlotChartProps {
  days: string[];
  series: ChartSeries[];
  height?: number;
}

/** An axis tick: the UTC day, short and in the kit's language. */
function dayTick(seconds: number): string {
  return formatShortDay(utcDay(new Date(seconds * 1000)));
}

function dayLabel(seconds: number | null): string {
  return seconds === null ? '' : formatDay(utcDay(new Date(seconds * 1000)));
}

interface Inks {
  text: string;
  grid: string;
}

function buildOptions(
  series: ChartSeries[],
  size: { width: number; height: number },
  ink: Inks,
): uPlot.Options {
  const grid = { stroke: ink.grid, width: 1 };
  return {
    ...size,
    // Ticks and the legend name UTC days, whatever the viewer's time zone.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    scales: {
      x: { time: true },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    // `space` keeps ticks at least this many pixels apart, so a year of
    // days shows months rather than an unreadable row of dates.
    axes: [
      {
        space: 70,
        stroke: ink.text,
        grid,
        ticks: grid,
        values: (_u, splits) => splits.map((value) => dayTick(value)),
      },
      {
        size: 56,
        stroke: ink.text,
        grid,
        ticks: grid,
        values: (_u, splits) => splits.map((value) => formatCompact(value)),
      },
    ],
    series: [
      { label: t('Day'), value: (_u, seconds) => dayLabel(seconds) },
      ...series.map((line) => ({
        label: line.label,
        stroke: line.color,
        fill: `${line.color}1f`,
        width: 2,
        points: { show: false },
        value: (_u: uPlot, value: number | null) =>
          value === null ? '–' : formatCount(value),
      })),
    ],
    cursor: { drag: { x: false, y: false } },
  };
}

/** A line chart of daily values, resized with its container. */
export function UPlotChart({ days, series, height = 220 }: UPlotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  // Redraw when the colour mode changes: canvas colours are fixed at drawing.
  const theme = useSyncExternalStore(
    subscribeTheme,
    getThemeVersion,
    getThemeVersion,
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const data: uPlot.AlignedData = [
      days.map(dayToEpochSeconds),
      ...series.map((line) => line.values),
    ];
    const width = () => Math.max(280, element.clientWidth);
    // Canvas text cannot follow CSS, so it takes the page's text and border
    // colours (dark mode included) when drawn.
    const styles = getComputedStyle(element);
    const ink = {
      text: styles.color || '#212529',
      grid:
        styles.getPropertyValue('--bs-border-color-translucent').trim() ||
        'rgba(128, 128, 128, 0.2)',
    };
    const plot = new uPlot(
      buildOptions(series, { width: width(), height }, ink),
      data,
      element,
    );
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: width(), height }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [days, series, height, theme]);

  return <div ref={container} className="w-100" />;
}
