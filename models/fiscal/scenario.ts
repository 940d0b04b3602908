import { z } from 'zod';
import type { Measure } from './data';

/** Years each measure covers in the shipped data (a test checks the data agree). */
export const MEASURE_RANGES: Record<Measure, { firstYear: number; lastFlowYear: number; label: string }> = {
  'accumulated-deficit': {
    firstYear: 1962,
    lastFlowYear: 2022,
    label: 'Federal debt (accumulated deficit), Finance Canada',
  },
  'net-debt': {
    firstYear: 1867,
    lastFlowYear: 2019,
    label: 'Net federal debt, Statistics Canada / Finances of the Nation',
  },
};

export const VIEWS = ['nominal', 'real', 'percent-gdp'] as const;
export type View = (typeof VIEWS)[number];

const params = z
  .strictObject({
    // "canada" (the shipped data) or "file:PATH", a user's table in the template's form (table.ts).
    country: z.union([
      z.literal('canada'),
      z
        .string()
        .regex(
          /^file:\S/,
          'must be "canada" (the shipped data) or "file:PATH" (a country table, see models/data/template)',
        ),
    ]),
    measure: z.enum(['accumulated-deficit', 'net-debt']).default('accumulated-deficit'),
    firstCounterfactualYear: z.number().int().default(1975),
    publicShare: z.number().min(0).max(1).default(0.5),
    publicRate: z.number().min(0).max(0.25).default(0),
    method: z.enum(['average-rate', 'proportional']).default('average-rate'),
    endYear: z.number().int().default(2022),
    view: z.enum(VIEWS).default('nominal'),
    cpiBaseYear: z.number().int().min(1870).max(2023).default(2020),
  })
  .superRefine((p, ctx) => {
    // A user's table's years are known only once it is read: the model checks them at run time.
    if (p.country !== 'canada') return;
    const range = MEASURE_RANGES[p.measure];
    const lo = range.firstYear + 1;
    if (p.firstCounterfactualYear < lo || p.firstCounterfactualYear > range.lastFlowYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstCounterfactualYear'],
        message: `must be between ${lo} and ${range.lastFlowYear} for measure ${p.measure}`,
      });
    }
    if (p.endYear < p.firstCounterfactualYear || p.endYear > range.lastFlowYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['endYear'],
        message: `must be between firstCounterfactualYear (${p.firstCounterfactualYear}) and ${range.lastFlowYear} for measure ${p.measure}`,
      });
    }
  });

export const fiscalScenarioSchema = z.strictObject({
  schemaVersion: z.literal(1),
  model: z.literal('fiscal-history'),
  name: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  params,
});

export type FiscalScenario = z.output<typeof fiscalScenarioSchema>;
export type FiscalParams = FiscalScenario['params'];

const base = {
  country: 'canada',
  measure: 'accumulated-deficit',
  firstCounterfactualYear: 1975,
  publicShare: 0.5,
  publicRate: 0,
  method: 'average-rate',
  endYear: 2022,
  view: 'nominal',
  cpiBaseYear: 2020,
} as const satisfies FiscalParams;

export const FISCAL_PRESETS: Record<string, FiscalScenario> = {
  'canada-1974': {
    schemaVersion: 1,
    model: 'fiscal-history',
    name: 'Canada from 1974: half the federal debt held by the Bank of Canada at zero net interest',
    params: { ...base },
  },
  'canada-1974-full': {
    schemaVersion: 1,
    model: 'fiscal-history',
    name: 'Canada from 1974: all federal debt held by the Bank of Canada at zero net interest',
    params: { ...base, publicShare: 1 },
  },
  'canada-net-debt-1974': {
    schemaVersion: 1,
    model: 'fiscal-history',
    name: 'Canada net federal debt (Statistics Canada) from 1974, half held by the Bank of Canada',
    params: { ...base, measure: 'net-debt', endYear: 2019, view: 'percent-gdp' },
  },
};
