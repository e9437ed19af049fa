// The publishers' words for each dimension, mapped to ours. CBP and OHSS spell the same thing
// several ways across files and years ("UC / Single Minors" became "UAC"; OHSS names sectors by
// city), so every lookup ignores case and spacing and every spelling we have met is listed.
import type { Component, Demographic, EncounterType, LandBorderRegion, TitleOfAuthority } from '@borderdesk/db';

/** Lower case, single spaces, trimmed: the form every table below is keyed by. */
export function vocabularyKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const components: Record<string, Component> = {
  'u.s. border patrol': 'USBP',
  'us border patrol': 'USBP',
  'border patrol': 'USBP',
  usbp: 'USBP',
  'office of field operations': 'OFO',
  'field operations': 'OFO',
  ofo: 'OFO',
};

export const landBorderRegions: Record<string, LandBorderRegion> = {
  'southwest land border': 'SOUTHWEST',
  'southwest border': 'SOUTHWEST',
  southwest: 'SOUTHWEST',
  'northern land border': 'NORTHERN',
  'northern border': 'NORTHERN',
  northern: 'NORTHERN',
  'coastal border': 'COASTAL',
  coastal: 'COASTAL',
  other: 'OTHER',
};

export const demographics: Record<string, Demographic> = {
  'accompanied minors': 'ACCOMPANIED_MINORS',
  fmua: 'FMUA',
  'individuals in a family unit': 'FMUA',
  'single adults': 'SINGLE_ADULTS',
  uac: 'UAC',
  'uc / single minors': 'UAC',
  'uc/single minors': 'UAC',
  'unaccompanied children': 'UAC',
};

export const titlesOfAuthority: Record<string, TitleOfAuthority> = {
  'title 8': 'TITLE_8',
  'title 42': 'TITLE_42',
};

export const encounterTypes: Record<string, EncounterType> = {
  apprehensions: 'APPREHENSIONS',
  inadmissibles: 'INADMISSIBLES',
  expulsions: 'EXPULSIONS',
};

/** `Month (abbv)` values: calendar month numbers. */
export const monthAbbreviations: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** OHSS `fy_month` values read "01 October" … "12 September": fiscal month number and month name. */
export const monthNames: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

export const monthGroupings = new Set(['fytd', 'remaining']);

/**
 * OHSS names Border Patrol sectors by their headquarters city; CBP's files by sector name and code.
 * Mapping the first to the second lets an area filter mean the same in both datasets.
 */
export const borderPatrolSectors: Record<string, { name: string; code: string }> = {
  'big bend, tx': { name: 'Big Bend Sector', code: 'BBT' },
  'del rio, tx': { name: 'Del Rio Sector', code: 'DRT' },
  'el centro, ca': { name: 'El Centro Sector', code: 'ELC' },
  'el paso, tx': { name: 'El Paso Sector', code: 'EPT' },
  'laredo, tx': { name: 'Laredo Sector', code: 'LRT' },
  'rio grande valley, tx': { name: 'Rio Grande Valley Sector', code: 'RGV' },
  'san diego, ca': { name: 'San Diego Sector', code: 'SDC' },
  'tucson, az': { name: 'Tucson Sector', code: 'TCA' },
  'yuma, az': { name: 'Yuma Sector', code: 'YUM' },
  'blaine, wa': { name: 'Blaine Sector', code: 'BLW' },
  'buffalo, ny': { name: 'Buffalo Sector', code: 'BUN' },
  'detroit, mi': { name: 'Detroit Sector', code: 'DTM' },
  'grand forks, nd': { name: 'Grand Forks Sector', code: 'GFN' },
  'havre, mt': { name: 'Havre Sector', code: 'HVM' },
  'houlton, me': { name: 'Houlton Sector', code: 'HTM' },
  'spokane, wa': { name: 'Spokane Sector', code: 'SPW' },
  'swanton, vt': { name: 'Swanton Sector', code: 'SWB' },
  'miami, fl': { name: 'Miami Sector', code: 'MIP' },
  'new orleans, la': { name: 'New Orleans Sector', code: 'NOL' },
  'ramey, pr': { name: 'Ramey Sector', code: 'RMY' },
  'livermore, ca': { name: 'Livermore Sector', code: 'LIV' },
};
