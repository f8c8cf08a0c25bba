import type { Page } from 'playwright-core';

// What the browser tests read off a chart's canvas: how much is painted, and where a cell is.

/** Non-transparent, non-white pixels of a canvas: a painted chart has thousands. */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250)) count++;
    return count;
  });
}

/** Clicks the matrix cell of a row and a column, from the chart area and the orders the canvas exposes. */
export async function clickCell(page: Page, rowKey: string, columnKey: string): Promise<void> {
  const canvas = page.locator('.heatmap canvas');
  const [area, rowOrder, columnOrder] = await canvas.evaluate((el) => ['area', 'rows', 'columns'].map((k) => (el as HTMLElement).dataset[k]!));
  const [left, top, right, bottom] = area!.split(',').map(Number) as [number, number, number, number];
  const rows = rowOrder!.split(',');
  const columns = columnOrder!.split(',');
  const [row, column] = [rows.indexOf(rowKey), columns.indexOf(columnKey)];
  await canvas.click({ position: { x: left + ((column + 0.5) * (right - left)) / columns.length, y: top + ((row + 0.5) * (bottom - top)) / rows.length } });
}
