import type { ActiveElement, ChartEvent, TooltipItem } from 'chart.js';

/** A pointer cursor over anything clickable, since every chart element leads to evidence. */
export function pointerOnHover(event: ChartEvent, elements: ActiveElement[]): void {
  const target = event.native?.target as HTMLElement | undefined;
  if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
}

/**
 * A Chart.js onClick that reports the clicked element's index and dataset.
 * @example options.onClick = clickTo((index, series) => showEvidence(index, series));
 */
export function clickTo(onselect: (index: number, seriesIndex: number) => void) {
  return (_event: ChartEvent, elements: ActiveElement[]): void => {
    const element = elements[0];
    if (element) onselect(element.index, element.datasetIndex);
  };
}

/** Tooltip line "Series: value", with the chart's number format and a dash for no value. */
export function valueLabel(format: (value: number) => string) {
  return (item: TooltipItem<'bar' | 'line'>): string => `${item.dataset.label}: ${item.raw === null ? '–' : format(Number(item.raw))}`;
}

/** Axis limits given only when set, so Chart.js fits the data otherwise. */
export function limits(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}
