import { readFileSync } from 'node:fs'
import type { DeathsDataset, TimelineDataset } from '../../../src/lib/data/types.ts'

export const deaths = JSON.parse(readFileSync('data/protest-deaths/1.1.0.json', 'utf8')) as DeathsDataset
export const timeline = JSON.parse(readFileSync('data/timeline/1.1.0.json', 'utf8')) as TimelineDataset
