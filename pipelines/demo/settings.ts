/**
 * The synthetic demo's settings (data/demo/settings.json), validated with zod: the seed, the
 * national calibration targets with the published-figure ids they come from, and the
 * growth/noise parameters. Nothing else shapes the demo's numbers.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DEMO_SETTINGS_PATH = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../data/demo/settings.json'
);

const range = z.tuple([z.number(), z.number()]);
const severityYear = z.object({
	publishedIds: z.array(z.string()),
	minor: z.number(),
	medium: z.number(),
	grave: z.number(),
	especiallyGrave: z.number(),
	allOffences: z.number()
});

export const demoSettingsSchema = z.object({
	synthetic: z.literal(true),
	seed: z.number().int(),
	years: z.object({ from: z.number().int(), to: z.number().int() }),
	monthlyYears: z.array(z.number().int()),
	calibration: z.object({
		regionalShareOfNational: z.number().min(0.5).max(1),
		regionalShareNoise: z.number().min(0).max(0.05)
	}),
	nationalTargets: z.record(
		z.string().regex(/^\d{4}$/),
		z.object({
			value: z.number().positive(),
			publishedId: z.string().nullable(),
			basis: z.string()
		})
	),
	severity: z.object({ byYear: z.record(z.string(), severityYear), regionalNoise: z.number() }),
	structure: z.object({
		noise: z.number(),
		chapters: z.record(z.string(), z.number()),
		articles: z.record(z.string(), z.number())
	}),
	flows: z.object({
		previousYearsShare: range,
		backlogShare: range,
		finishedShare: range,
		sentToCourtShare: range,
		juvenileShare: range,
		recidivismShare: range,
		damagePerFinishedThousandTenge: range,
		recoveredShare: range,
		penitentiaryPer1000Offences: range
	}),
	seasonality: z.object({ monthWeights: z.array(z.number().positive()).length(12) }),
	population: z.object({
		noise: z.number(),
		regions: z.record(z.string(), z.object({ thousands2023: z.number(), growth: z.number() }))
	}),
	crimeRateFactor: z.object({
		regionNoise: z.number(),
		yearNoise: z.number(),
		regions: z.record(z.string(), z.number())
	})
});

export type DemoSettings = z.output<typeof demoSettingsSchema>;

export function loadDemoSettings(path = DEMO_SETTINGS_PATH): DemoSettings {
	const parsed = demoSettingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
	}
	const s = parsed.data;
	for (let y = s.years.from; y <= s.years.to; y++) {
		if (!s.nationalTargets[String(y)]) throw new Error(`${path}: no national target for ${y}`);
	}
	return s;
}
