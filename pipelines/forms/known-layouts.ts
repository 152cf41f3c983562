/**
 * Section layouts of the official workbooks (see form-1m/known-layout.ts), printed by
 * print-known-layouts.ts from 32 workbooks (the 2022 Form 1-M and СНГ-1 reports of
 * the legal statistics portal). Digests only: no label text and no figure of any report.
 * Generated data: sections of one template share a layout, so entries repeat; do not fold them
 * by hand (reprint the file instead).
 */
import type { KnownLayout } from './form-1m/known-layout.ts';
import type { FormId } from './types.ts';

export const KNOWN_LAYOUTS: Readonly<
	Record<FormId, Readonly<Record<string, readonly KnownLayout[]>>>
> = {
	'1-M': {
		R1: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 31,
				headerRows: 2,
				headers: 'b232ebe4d5ea4e3b',
				codes: '7a01ceda71826d98',
				codeCount: 422
			}
		],
		'R1-1': [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 30,
				headerRows: 2,
				headers: '47578747896abbfe',
				codes: '7a01ceda71826d98',
				codeCount: 422
			}
		],
		'R1-2': [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 30,
				headerRows: 2,
				headers: '1d4b0b2b4b22b499',
				codes: '7a01ceda71826d98',
				codeCount: 422
			}
		],
		R2: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 17,
				headerRows: 3,
				headers: '0432fff6d437c912',
				codes: '9b8218f09beb05e3',
				codeCount: 406
			}
		],
		R3: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 26,
				headerRows: 4,
				headers: 'a5a2edf3256c34d0',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		'R3-1': [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 24,
				headerRows: 4,
				headers: 'fb27a753004a41e1',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		R4: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 18,
				headerRows: 3,
				headers: 'dad49310c5b29a80',
				codes: 'c212b1d5003839e3',
				codeCount: 405
			}
		],
		'R4-1': [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 16,
				headerRows: 3,
				headers: '76d614e7aa8aacb7',
				codes: 'c212b1d5003839e3',
				codeCount: 405
			}
		],
		R5: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 29,
				headerRows: 2,
				headers: 'c497e31e784dea4f',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		R6: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 19,
				headerRows: 2,
				headers: '63c180082dda159f',
				codes: '9b8218f09beb05e3',
				codeCount: 406
			}
		],
		R7: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 16,
				headerRows: 2,
				headers: '79551d34416962a4',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		R8: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 16,
				headerRows: 2,
				headers: 'df61c51b5a5a5df0',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		R9: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 19,
				headerRows: 3,
				headers: 'd8a08f1c9b0d2409',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		R10: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 9,
				headerRows: 3,
				headers: 'e4bd71fe3e0ed1cf',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		R11: [
			{
				labelFrom: 2,
				codeCol: 4,
				grafy: 24,
				headerRows: 2,
				headers: 'c5bc150968e8c01a',
				codes: '0d5aac68f59a3314',
				codeCount: 21
			}
		],
		PRIL1: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 30,
				headerRows: 4,
				headers: 'd35db5932ce95c44',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		PRIL2: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 31,
				headerRows: 3,
				headers: 'fe420fb56c754d19',
				codes: '04a4dabad8828874',
				codeCount: 83
			}
		],
		PRIL3: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 3,
				headerRows: 2,
				headers: '679c16c60499360e',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		PRIL4: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 49,
				headerRows: 3,
				headers: 'df66a093c2b74813',
				codes: '7527625767281250',
				codeCount: 80
			}
		],
		PRIL5: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 28,
				headerRows: 2,
				headers: '49c29f7efb364f92',
				codes: 'c06948d14ba6eb54',
				codeCount: 399
			}
		],
		PRIL6: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 27,
				headerRows: 2,
				headers: '1debd7be38069104',
				codes: '86be8e976606050d',
				codeCount: 404
			}
		],
		PRIL7: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 27,
				headerRows: 2,
				headers: '1debd7be38069104',
				codes: '909bcd59e50f8725',
				codeCount: 397
			}
		],
		PRIL8: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 27,
				headerRows: 2,
				headers: '1debd7be38069104',
				codes: '909bcd59e50f8725',
				codeCount: 397
			}
		],
		PRIL9: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 27,
				headerRows: 2,
				headers: '1debd7be38069104',
				codes: 'cc18038e13a30449',
				codeCount: 398
			}
		],
		PRIL10: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 27,
				headerRows: 2,
				headers: '1debd7be38069104',
				codes: 'cc18038e13a30449',
				codeCount: 398
			}
		],
		PRIL11: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 23,
				headerRows: 2,
				headers: '39145862000314a4',
				codes: 'c06948d14ba6eb54',
				codeCount: 399
			}
		]
	},
	'СНГ-1': {
		R1: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 6,
				headerRows: 1,
				headers: 'ea0177a4fcb98930',
				codes: '0bbbebf0bdc8598b',
				codeCount: 32
			}
		],
		R2: [
			{
				labelFrom: 1,
				codeCol: 4,
				grafy: 1,
				headerRows: 1,
				headers: '7761a253b9cfd739',
				codes: '9b0355405acccde1',
				codeCount: 8
			}
		],
		R3: [
			{
				labelFrom: 1,
				codeCol: 2,
				grafy: 1,
				headerRows: 1,
				headers: '7761a253b9cfd739',
				codes: null,
				codeCount: 0
			}
		]
	}
};
