/** Colours of the offline basemap; a typed object so a dark or print palette can follow. */
export interface BasemapPalette {
	/** Outside the town. */
	background: string;
	/** Inside the town boundary. */
	land: string;
	community: string;
	village: string;
	keyArea: string;
	water: string;
	waterOutline: string;
	roadCasing: string;
}

/** Light and quiet, so data colours carry the map. */
export const LIGHT_PALETTE: BasemapPalette = {
	background: '#e4e1da',
	land: '#f6f4ef',
	community: '#f1eee6',
	village: '#ecf0e3',
	keyArea: '#f6e1ec',
	water: '#a9d2e6',
	waterOutline: '#80b3cf',
	roadCasing: '#bdb5a7'
};
