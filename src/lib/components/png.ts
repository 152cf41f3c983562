/**
 * PNG export in the browser: the chart's SVG (already carrying its title, source line and
 * synthetic mark) is drawn onto a canvas at 2× and saved. No server round-trip.
 */
export function downloadPng(svg: SVGSVGElement, filename: string): void {
	const xml = new XMLSerializer().serializeToString(svg);
	const w = Number(svg.getAttribute('width')) || svg.clientWidth;
	const h = Number(svg.getAttribute('height')) || svg.clientHeight;
	const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }));
	const img = new Image();
	img.onload = () => {
		const canvas = document.createElement('canvas');
		canvas.width = w * 2;
		canvas.height = h * 2;
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = 'white';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		URL.revokeObjectURL(url);
		canvas.toBlob((blob) => {
			if (!blob) return;
			const a = document.createElement('a');
			a.href = URL.createObjectURL(blob);
			a.download = filename;
			document.body.appendChild(a);
			a.click();
			a.remove();
		}, 'image/png');
	};
	img.src = url;
}
