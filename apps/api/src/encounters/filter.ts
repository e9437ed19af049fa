// What an analytics query may filter and group on, and the SQL for it. Column names here are our
// own constants; every value a caller sends travels as a bound parameter.
import {
  type Component,
  type Demographic,
  type Dimension,
  type EncounterType,
  type LandBorderRegion,
  Prisma,
  type TitleOfAuthority,
} from '@borderdesk/db';

export interface EncounterFilter {
  from?: string | null;
  to?: string | null;
  components?: Component[] | null;
  regions?: LandBorderRegion[] | null;
  areas?: string[] | null;
  states?: string[] | null;
  demographics?: Demographic[] | null;
  citizenships?: string[] | null;
  titles?: TitleOfAuthority[] | null;
  encounterTypes?: EncounterType[] | null;
}

type ListField = Exclude<keyof EncounterFilter, 'from' | 'to'>;

/** Which dimension each filter list restricts. */
export const filterDimensions: Record<ListField, Dimension> = {
  components: 'COMPONENT',
  regions: 'LAND_BORDER_REGION',
  areas: 'AREA_OF_RESPONSIBILITY',
  states: 'STATE',
  demographics: 'DEMOGRAPHIC',
  citizenships: 'CITIZENSHIP',
  titles: 'TITLE_OF_AUTHORITY',
  encounterTypes: 'ENCOUNTER_TYPE',
};

/** The fact columns of each dimension; an area is its name and its code. */
export const dimensionColumns: Record<Dimension, readonly string[]> = {
  COMPONENT: ['component'],
  LAND_BORDER_REGION: ['landBorderRegion'],
  AREA_OF_RESPONSIBILITY: ['areaOfResponsibility', 'areaCode'],
  STATE: ['state'],
  DEMOGRAPHIC: ['demographic'],
  CITIZENSHIP: ['citizenship'],
  TITLE_OF_AUTHORITY: ['titleOfAuthority'],
  ENCOUNTER_TYPE: ['encounterType'],
};

/** The PostgreSQL enum type of each enum filter's column. */
const enumTypes: Partial<Record<ListField, string>> = {
  components: 'Component',
  regions: 'LandBorderRegion',
  demographics: 'Demographic',
  titles: 'TitleOfAuthority',
  encounterTypes: 'EncounterType',
};

/** Longest list a filter accepts: more values than any dimension has. */
export const maxFilterValues = 100;

/** The filter's lists that are set, with the dimension each restricts. */
export function activeFilters(filter: EncounterFilter): { field: ListField; dimension: Dimension; values: string[] }[] {
  return (Object.keys(filterDimensions) as ListField[]).flatMap((field) => {
    const values = filter[field];
    return values && values.length > 0 ? [{ field, dimension: filterDimensions[field], values }] : [];
  });
}

/** `AND …` conditions on the facts aliased `f`. Text dimensions match case-insensitively. */
export function filterSql(filter: EncounterFilter): Prisma.Sql {
  const conditions = activeFilters(filter).map(({ field, values }) => {
    const upper = values.map((value) => value.trim().toUpperCase());
    const list = Prisma.join(upper);
    switch (field) {
      case 'areas':
        return Prisma.sql`(upper(f."areaOfResponsibility") IN (${list}) OR upper(f."areaCode") IN (${list}))`;
      case 'states':
        return Prisma.sql`f.state IN (${list})`;
      case 'citizenships':
        return Prisma.sql`f.citizenship IN (${list})`;
      default: {
        const [column = ''] = dimensionColumns[filterDimensions[field]];
        // Cast the values, never the column: a cast column hides its statistics from the planner,
        // which then misjudges row counts by 50× and picks nested loops.
        const typed = Prisma.join(upper.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${enumTypes[field]}"`)}`));
        return Prisma.sql`${Prisma.raw(`f."${column}"`)} IN (${typed})`;
      }
    }
  });
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}
