/** The raster icons modules/icons.ts draws from public/favicon.svg, by file name: size in pixels. */
export const iconSizes = { 'favicon-32.png': 32, 'apple-touch-icon.png': 180, 'icon-192.png': 192, 'icon-512.png': 512 } as const

/** The logo as a raster image, for the JSON-LD publisher (search engines want a PNG or JPEG). */
export const rasterLogo = '/icons/icon-512.png'
