/**
 * A plain HTML table for query results. The kit's `Inputs.table` loads from a CDN, which the
 * offline build cannot reach; this is what the notebooks use instead.
 */

/**
 * @param {Record<string, unknown>[]} rows
 * @param {{ key: string, label: string, format?: (value: unknown, row: Record<string, unknown>) => string, align?: 'left' | 'right', figure?: (row: Record<string, unknown>) => string }[]} columns
 * @param {{ caption?: string, name?: string }} options
 */
export function table(rows, columns, { caption, name } = {}) {
	const element = document.createElement('table');
	element.className = 'sarapshy-table';
	if (name) element.dataset.table = name;
	if (caption) element.createCaption().textContent = caption;
	const head = element.createTHead().insertRow();
	for (const column of columns) {
		const th = document.createElement('th');
		th.textContent = column.label;
		th.style.textAlign = column.align ?? 'left';
		head.appendChild(th);
	}
	const body = element.createTBody();
	for (const row of rows) {
		const tr = body.insertRow();
		for (const column of columns) {
			const td = tr.insertCell();
			const value = row[column.key];
			td.textContent = column.format ? column.format(value, row) : String(value ?? '');
			td.style.textAlign = column.align ?? (typeof value === 'number' ? 'right' : 'left');
			if (column.figure) {
				td.dataset.figure = column.figure(row);
				td.dataset.value = String(value ?? '');
			}
		}
	}
	return element;
}
