/**
 * A tile-map layout of the 20 regions: one equal tile each, placed roughly where the
 * region lies (west → east, north → south), so that Almaty, Astana and Shymkent are as
 * visible as the large oblasts. [column, row].
 */
export const TILE_LAYOUT: Record<string, [number, number]> = {
	'KZ-27': [0, 0],
	'KZ-39': [2, 0],
	'KZ-59': [3, 0],
	'KZ-55': [4, 0],
	'KZ-63': [5, 0],
	'KZ-23': [0, 1],
	'KZ-15': [1, 1],
	'KZ-62': [2, 1],
	'KZ-11': [3, 1],
	'KZ-71': [4, 1],
	'KZ-10': [5, 1],
	'KZ-47': [0, 2],
	'KZ-43': [1, 2],
	'KZ-35': [3, 2],
	'KZ-33': [4, 2],
	'KZ-61': [1, 3],
	'KZ-79': [2, 3],
	'KZ-31': [3, 3],
	'KZ-19': [4, 3],
	'KZ-75': [5, 3]
};

/** Short tile labels (the map is small; full names are in the table and tooltips). */
export const TILE_ABBR: Record<string, string> = {
	'KZ-10': 'ABA',
	'KZ-11': 'AKM',
	'KZ-15': 'AKT',
	'KZ-19': 'ALM',
	'KZ-23': 'ATY',
	'KZ-27': 'WKO',
	'KZ-31': 'JAM',
	'KZ-33': 'JET',
	'KZ-35': 'KAR',
	'KZ-39': 'KOS',
	'KZ-43': 'KYZ',
	'KZ-47': 'MAN',
	'KZ-55': 'PAV',
	'KZ-59': 'NKO',
	'KZ-61': 'TUR',
	'KZ-62': 'ULY',
	'KZ-63': 'EKO',
	'KZ-71': 'AST',
	'KZ-75': 'ALA',
	'KZ-79': 'SHY'
};
