/** The real published data, read from disk, for the map's node tests. */
import { readFileSync } from 'node:fs'
import type { DeathsDataset, DepartmentsTopology } from '../../../src/lib/data/types.ts'

export const deaths = JSON.parse(readFileSync('data/protest-deaths/1.1.0.json', 'utf8')) as DeathsDataset
export const geo = JSON.parse(readFileSync('data/peru-departments/1.0.0.json', 'utf8')) as DepartmentsTopology
