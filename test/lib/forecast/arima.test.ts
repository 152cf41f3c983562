// Automatic ARIMA: CSS fits worked by hand and compared with R 4.2.2 `arima(method = "CSS")`
// on short made-up series (figures printed by Rscript, quoted below), the differencing tests,
// the stationarity check and the automatic search on simulated series; the exact-ML refit
// (CSS-ML) against R 4.2.2 `arima(method = "CSS-ML")` on NSW and M3 series from ../shared/data.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { armaLogLik } from '../../../src/lib/forecast/arima-ml';
import {
	arimaLogLik,
	arStationary,
	autoArima,
	diff,
	fitArimaOrder,
	kpssStat,
	ndiffs,
	nsdiffs,
	seasonalStrength,
	type ArimaFit,
	type ArimaOrder
} from '../../../src/lib/forecast/arima';
import { MODELS } from '../../../src/lib/forecast/registry';

const order = (o: Partial<ArimaOrder>): ArimaOrder => ({
	p: 0,
	d: 0,
	q: 0,
	P: 0,
	D: 0,
	Q: 0,
	m: 1,
	constant: false,
	...o
});

/** Park–Miller generator: reproducible noise in (−0.5, 0.5). */
function noise(seed: number) {
	let s = seed;
	return () => (s = (s * 16807) % 2147483647) / 2147483647 - 0.5;
}

describe('ARIMA fits worked by hand', () => {
	it('AR(1) without mean on 1, 2, 1, 2, 1: φ = Σ y_t y_{t−1} / Σ y_{t−1}² = 8 / 10', () => {
		// residuals 2 − 0.8, 1 − 1.6, 2 − 0.8, 1 − 1.6 → SSE 3.6 over 4 → σ² = 0.9
		const f = fitArimaOrder([1, 2, 1, 2, 1], order({ p: 1 }))!;
		expect(f.coef.ar[0]).toBeCloseTo(0.8, 6);
		expect(f.sigma2).toBeCloseTo(0.9, 6);
		// forecasts 0.8 · 1, 0.8² · 1; sd √σ², √(σ²(1 + φ²))
		expect(f.mean(2)[0]).toBeCloseTo(0.8, 6);
		expect(f.mean(2)[1]).toBeCloseTo(0.64, 6);
		expect(f.sd(2)[0]).toBeCloseTo(Math.sqrt(0.9), 6);
		expect(f.sd(2)[1]).toBeCloseTo(Math.sqrt(0.9 * 1.64), 6);
	});
	it('random walk with drift: last value plus the mean difference', () => {
		// differences 2, 1, 4, 1: drift 2; residuals 0, −1, 2, −1 → σ² = 6 / 4 = 1.5
		const f = fitArimaOrder([1, 3, 4, 8, 9], order({ d: 1, constant: true }))!;
		expect(f.mean(2)[0]).toBeCloseTo(11, 6);
		expect(f.mean(2)[1]).toBeCloseTo(13, 6);
		expect(f.sigma2).toBeCloseTo(1.5, 6);
		expect(f.sd(2)[1]).toBeCloseTo(Math.sqrt(3), 6);
		expect(f.description).toContain('with drift');
	});
	it('ARIMA(0,0,0)(0,1,0)[4] is the seasonal naive forecast', () => {
		// seasonal differences all 1 → σ² = 1; sd 1 in the first year, √2 in the second
		const f = fitArimaOrder([1, 2, 3, 4, 2, 3, 4, 5], order({ D: 1, m: 4 }))!;
		expect(f.mean(6)).toEqual([2, 3, 4, 5, 2, 3].map((v) => expect.closeTo(v, 9)));
		expect(f.sd(5)[3]).toBeCloseTo(1, 9);
		expect(f.sd(5)[4]).toBeCloseTo(Math.SQRT2, 9);
	});
	it('KPSS statistic of 1, 2, 3, 4 (one Bartlett lag): 8.5 / (16 · 1.5625) = 0.34', () => {
		// e = −1.5, −0.5, 0.5, 1.5; partial sums −1.5, −2, −1.5, 0 → Σ S² = 8.5;
		// long-run variance (5 + 2 · ½ · 1.25) / 4 = 1.5625
		expect(kpssStat([1, 2, 3, 4])).toBeCloseTo(0.34, 12);
	});
	it('stationarity by the step-down recursion matches the AR(2) triangle', () => {
		// AR(2) is stationary iff φ1 + φ2 < 1, φ2 − φ1 < 1, |φ2| < 1
		expect(arStationary([0.5, 0.3])).toBe(true);
		expect(arStationary([0.8, 0.3])).toBe(false);
		expect(arStationary([-0.8, 0.3])).toBe(false);
		expect(arStationary([0.2, -0.9])).toBe(true);
		expect(arStationary([1.0])).toBe(false);
		// root 1/0.995 ≈ 1.005 lies inside the 1.01 margin auto.arima keeps from the unit circle
		expect(arStationary([0.995], 1)).toBe(true);
		expect(arStationary([0.995], 1.01)).toBe(false);
	});
	it('diff takes lag differences', () => {
		expect(diff([1, 4, 9, 16], 1)).toEqual([3, 5, 7]);
		expect(diff([1, 4, 9, 16], 2)).toEqual([8, 12]);
	});
});

describe('CSS fits against R 4.2.2 arima(method = "CSS")', () => {
	// R: arima(y, order = c(0,1,1), method = "CSS") → ma1 −0.2141121425, sigma2 1.192567985;
	// predict(n.ahead = 3): 17.75459287 (flat), se 1.092047611 1.388928183 1.632689501
	const y = [
		10.2, 11.5, 10.9, 12.8, 13.1, 12.2, 13.9, 14.6, 13.8, 15.2, 16.1, 15.0, 16.4, 17.3, 16.8, 18.0
	];
	it('ARIMA(0,1,1)', () => {
		const f = fitArimaOrder(y, order({ d: 1, q: 1 }))!;
		expect(f.coef.ma[0]).toBeCloseTo(-0.2141121425, 4);
		expect(f.sigma2).toBeCloseTo(1.192567985, 5);
		expect(f.mean(3)).toEqual(
			[17.75459287, 17.75459287, 17.75459287].map((v) => expect.closeTo(v, 4))
		);
		const sd = f.sd(3);
		expect(sd[0]).toBeCloseTo(1.092047611, 5);
		expect(sd[1]).toBeCloseTo(1.388928183, 4);
		expect(sd[2]).toBeCloseTo(1.632689501, 4);
	});
	// R: arima(y2, order = c(1,0,0), method = "CSS") → ar1 −0.05854391291, intercept
	// 5.30036887209, sigma2 0.411928303; predict: 5.317953641 5.299339391, se 0.6418164091 0.6429153458
	const y2 = [5.1, 4.3, 5.8, 6.2, 4.9, 4.1, 5.5, 6.0, 5.2, 4.6, 5.9, 5.4, 4.8, 5.7, 6.1, 5.0];
	it('AR(1) with mean', () => {
		const f = fitArimaOrder(y2, order({ p: 1, constant: true }))!;
		expect(f.coef.ar[0]).toBeCloseTo(-0.05854391291, 5);
		expect(f.coef.constant).toBeCloseTo(5.30036887209, 5);
		expect(f.sigma2).toBeCloseTo(0.411928303, 6);
		expect(f.mean(2)[0]).toBeCloseTo(5.317953641, 5);
		expect(f.mean(2)[1]).toBeCloseTo(5.299339391, 5);
		expect(f.sd(2)[1]).toBeCloseTo(0.6429153458, 5);
	});
});

describe('automatic ARIMA', () => {
	it('differences a random walk once and leaves white noise alone', () => {
		const r = noise(7);
		const walk = [0];
		for (let t = 1; t < 200; t++) walk.push(walk[t - 1] + r());
		const white = Array.from({ length: 200 }, () => r());
		expect(ndiffs(walk)).toBe(1);
		expect(ndiffs(white)).toBe(0);
	});
	it('seasonal strength: near 1 for a fixed monthly pattern with little noise, near 0 for noise', () => {
		const r = noise(3);
		const seasonal = Array.from(
			{ length: 120 },
			(_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 12) + r()
		);
		const flat = Array.from({ length: 120 }, () => 100 + r());
		expect(seasonalStrength(seasonal, 12)).toBeGreaterThan(0.95);
		expect(seasonalStrength(flat, 12)).toBeLessThan(0.64);
		expect(nsdiffs(seasonal, 12)).toBe(1);
		expect(nsdiffs(flat, 12)).toBe(0);
	});
	it('recovers an AR(1) with mean from 300 simulated points', () => {
		// y_t − 50 = 0.7 (y_{t−1} − 50) + e_t: stationary, so d = 0; φ near 0.7
		const r = noise(11);
		const y = [50];
		for (let t = 1; t < 300; t++) y.push(50 + 0.7 * (y[t - 1] - 50) + 4 * r());
		const f = autoArima(y, 1);
		expect(f.order.d).toBe(0);
		expect(f.order.constant).toBe(true);
		expect(f.mean(200)[199]).toBeCloseTo(50, 0);
		// the one-lag dependence is found (an AR or MA term), not white noise
		expect(f.order.p + f.order.q).toBeGreaterThan(0);
	});
	it('is a registered model that forecasts a trending seasonal series sensibly', () => {
		const r = noise(5);
		const y = Array.from(
			{ length: 96 },
			(_, t) => 200 + t + 20 * Math.sin((2 * Math.PI * t) / 12) + 3 * r()
		);
		const f = MODELS.arima.fit(y, { period: 12 });
		const next = f.mean(12);
		// the trend adds 12 a year and the pattern repeats: each month near last year’s value + 12
		next.forEach((v, k) => expect(Math.abs(v - (y[84 + k] + 12))).toBeLessThan(10));
		expect(f.description).toMatch(/^ARIMA\(/);
	});
});

describe('exact likelihood against R 4.2.2 arima(method = "ML", fixed = …)', () => {
	const y2 = [5.1, 4.3, 5.8, 6.2, 4.9, 4.1, 5.5, 6.0, 5.2, 4.6, 5.9, 5.4, 4.8, 5.7, 6.1, 5.0];
	it('ARMA(1,1) with mean at fixed coefficients', () => {
		// R: arima(y2, order = c(1,0,1), include.mean = TRUE, fixed = c(0.3, 0.4, 5.3),
		//    transform.pars = FALSE, method = "ML") → loglik −16.4631953211, sigma2 0.4444422112
		const l = armaLogLik(
			y2.map((v) => v - 5.3),
			[0.3],
			[0.4]
		)!;
		expect(l.loglik).toBeCloseTo(-16.4631953211, 8);
		expect(l.sigma2).toBeCloseTo(0.4444422112, 8);
	});
	it('ARIMA(1,0,0)(0,0,1)[4] without mean (expanded polynomials)', () => {
		// R: arima(ts(y2, frequency = 4), order = c(1,0,0), seasonal = list(order = c(0,0,1),
		//    period = 4), include.mean = FALSE, fixed = c(0.5, −0.4), transform.pars = FALSE,
		//    method = "ML") → loglik −45.4034889222, sigma2 16.1059271819
		const l = arimaLogLik(y2, order({ p: 1, Q: 1, m: 4 }), {
			ar: [0.5],
			ma: [],
			sar: [],
			sma: [-0.4],
			constant: 0
		})!;
		expect(l.loglik).toBeCloseTo(-45.4034889222, 8);
		expect(l.sigma2).toBeCloseTo(16.1059271819, 7);
	});
});

/** NSW monthly recorded offences (../shared/data), one type, January 1995 to December `last`. */
function nswSeries(type: string, last: number): number[] {
	const file = resolve(
		import.meta.dirname,
		'../../../../shared/data/benchmarks/nsw-offences-monthly-1995-2021.csv'
	);
	if (!existsSync(file)) throw new Error(`this test needs ${file} from ../shared/data: missing`);
	const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
	const byIdx = new Map<number, number>();
	for (const line of readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1)) {
		const m = /^(\d{4}) (\w{3}),("(?:[^"]|"")*"|[^,]*),(\d+)$/.exec(line);
		if (!m || m[3].replace(/^"|"$/g, '') !== type) continue;
		byIdx.set((Number(m[1]) - 1995) * 12 + months.indexOf(m[2]), Number(m[4]));
	}
	const n = (last - 1995 + 1) * 12;
	const y = Array.from({ length: n }, (_, i) => byIdx.get(i)!);
	if (y.some((v) => v === undefined)) throw new Error(`NSW series "${type}" incomplete`);
	return y;
}

/** M3 monthly series `id` (training part x) from ../shared/data. */
function m3Series(id: string): number[] {
	const file = resolve(import.meta.dirname, '../../../../shared/data/benchmarks/m3_monthly.json');
	if (!existsSync(file)) throw new Error(`this test needs ${file} from ../shared/data: missing`);
	const s = (JSON.parse(readFileSync(file, 'utf8')) as { id: string; x: number[] }[]).find(
		(v) => v.id === id
	);
	if (!s) throw new Error(`M3 monthly series ${id} not found in ${file}`);
	return s.x;
}

describe('CSS-ML refit against R 4.2.2 arima(method = "CSS-ML")', () => {
	// Each case: R's coefficients, loglik and sigma2 from
	//   arima(ts(y, frequency = 12), order = c(p,d,q), seasonal = list(order = c(P,D,Q), period = 12),
	//         include.mean = <mean>, [xreg = 1:n for drift,] method = "CSS-ML")
	// (coef printed with digits = 10). Our exact log-likelihood at R's coefficients must be R's
	// loglik (to 1e-5 with d only; R's diffuse prior on the seasonal difference moves it by
	// about 1e-4), our ML fit must reach it, and its coefficients lie near R's (the likelihood is
	// flat: 0.02).
	const cases: {
		name: string;
		y: () => number[];
		o: Partial<ArimaOrder>;
		r: ArimaFit['coef'];
		loglik: number;
		sigma2: number;
		digits: number;
	}[] = [
		{
			// NSW "Abduction and kidnapping", Jan 1995 – Dec 2019 (300 months): ARIMA(1,1,2)
			name: 'NSW Abduction and kidnapping to 2019-12, ARIMA(1,1,2)',
			y: () => nswSeries('Abduction and kidnapping', 2019),
			o: { p: 1, d: 1, q: 2, m: 12 },
			r: { ar: [0.5501905208], ma: [-1.360686057, 0.4132447055], sar: [], sma: [], constant: 0 },
			loglik: -1006.12314243683,
			sigma2: 48.7822419689321,
			digits: 5
		},
		{
			// NSW "Intimidation, stalking and harassment", Jan 1995 – Dec 2019: (2,1,1)(0,1,1)[12]
			name: 'NSW Intimidation, stalking and harassment to 2019-12, ARIMA(2,1,1)(0,1,1)[12]',
			y: () => nswSeries('Intimidation, stalking and harassment', 2019),
			o: { p: 2, d: 1, q: 1, Q: 1, D: 1, m: 12 },
			r: {
				ar: [0.2313837038, -0.02243116694],
				ma: [-0.7953488584],
				sar: [],
				sma: [-0.7172210888],
				constant: 0
			},
			loglik: -1723.46403416923,
			sigma2: 9315.3152876876,
			digits: 3
		},
		{
			// NSW "Transport regulatory offences", Jan 1995 – Dec 2019: (1,1,2)(0,0,1)[12] with
			// drift (R: xreg = 1:n; the drift is the mean of the differenced series)
			name: 'NSW Transport regulatory offences to 2019-12, ARIMA(1,1,2)(0,0,1)[12] with drift',
			y: () => nswSeries('Transport regulatory offences', 2019),
			o: { p: 1, d: 1, q: 2, Q: 1, m: 12, constant: true },
			r: {
				ar: [-0.7238536811],
				ma: [0.3464061446, -0.4139961478],
				sar: [],
				sma: [0.1668906025],
				constant: 32.53673153
			},
			loglik: -2318.08721071501,
			sigma2: 316709.847708265,
			digits: 5
		},
		{
			// NSW "Malicious damage to property", Jan 1995 – Dec 2019: (1,1,2)(1,1,2)[12]
			name: 'NSW Malicious damage to property to 2019-12, ARIMA(1,1,2)(1,1,2)[12]',
			y: () => nswSeries('Malicious damage to property', 2019),
			o: { p: 1, d: 1, q: 2, P: 1, D: 1, Q: 2, m: 12 },
			r: {
				ar: [-0.7514240296],
				ma: [0.3138400025, -0.4811317538],
				sar: [0.2627617162],
				sma: [-0.926162597, 0.07338305265],
				constant: 0
			},
			loglik: -2029.47923571152,
			sigma2: 78037.1180152925,
			digits: 3
		},
		{
			// M3 monthly N1413 (training part, 126 months): (2,0,1)(2,0,1)[12] with mean
			name: 'M3 monthly N1413, ARIMA(2,0,1)(2,0,1)[12] with mean',
			y: () => m3Series('N1413'),
			o: { p: 2, q: 1, P: 2, Q: 1, m: 12, constant: true },
			r: {
				ar: [-0.345787961, 0.3085042194],
				ma: [0.1515180304],
				sar: [0.1850528035, -0.3341426755],
				sma: [-0.6498050374],
				constant: 5391.618609
			},
			loglik: -488.119222791452,
			sigma2: 14405799.545827,
			digits: 5
		}
	];
	for (const c of cases)
		it(c.name, () => {
			const y = c.y();
			const o = order(c.o);
			const atR = arimaLogLik(y, o, c.r)!;
			expect(atR.loglik).toBeCloseTo(c.loglik, c.digits);
			expect(atR.sigma2 / c.sigma2).toBeCloseTo(1, 5);
			const f = fitArimaOrder(y, o, 'CSS-ML')!;
			expect(f.estimation).toBe('CSS-ML');
			expect(f.loglik).toBeGreaterThan(c.loglik - 1e-3);
			expect(f.loglik).toBeLessThan(c.loglik + 0.01);
			expect(f.sigma2 / c.sigma2).toBeCloseTo(1, 3);
			const ours = [...f.coef.ar, ...f.coef.ma, ...f.coef.sar, ...f.coef.sma];
			const theirs = [...c.r.ar, ...c.r.ma, ...c.r.sar, ...c.r.sma];
			ours.forEach((v, i) => expect(Math.abs(v - theirs[i])).toBeLessThan(0.02));
			if (o.constant) expect(f.coef.constant / c.r.constant).toBeCloseTo(1, 3);
			// the CSS fit alone is further from the optimum
			expect(fitArimaOrder(y, o)!.loglik).toBeLessThan(f.loglik);
		});
	it('M3 N1413: forecasts from the exact innovations follow R’s predict()', () => {
		// R: predict(<the N1413 fit above>, n.ahead = 3)$pred → 4683.72961171508,
		// 9711.69520480301, 4308.05582229809 (the CSS-residual recursion gave 6106.8 for the first)
		const f = fitArimaOrder(m3Series('N1413'), order(cases[4].o), 'CSS-ML')!;
		const mean = f.mean(3);
		[4683.72961171508, 9711.69520480301, 4308.05582229809].forEach((v, i) =>
			expect(Math.abs(mean[i] - v)).toBeLessThan(0.002 * v)
		);
	});
	it('autoArima refits its choice by exact ML and says so', () => {
		const f = autoArima(nswSeries('Intimidation, stalking and harassment', 2019), 12);
		expect(f.estimation).toBe('CSS-ML');
		expect(f.description).toContain('CSS-ML');
		const css = fitArimaOrder(nswSeries('Intimidation, stalking and harassment', 2019), f.order)!;
		expect(f.loglik).toBeGreaterThan(css.loglik);
		expect(f.aicc).toBeCloseTo(css.aicc, 9);
	});
});
