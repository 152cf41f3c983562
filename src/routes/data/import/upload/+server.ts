/**
 * POST /data/import/upload?name=FILE&period=P[&form=F&region=R]: one file's bytes as the body
 * (application/octet-stream), imported by `etl import` (lib/server/import-runner.ts). Or, for a
 * file kept after a refusal that needs --replace: `?upload=ID&replace=1[&dry=1]`, no body — the
 * dry run says how many cells change, the confirmation replaces. Only a signed-in analyst or
 * admin, from this site's own page (Origin), with the session's CSRF token (X-CSRF-Token).
 * Always JSON.
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { accountsConfigured, IMPORT_ROLES } from '$lib/private/accounts';
import { fromThisSite, sameToken, signedIn } from '$lib/server/auth';
import {
	auditRefusedUpload,
	discardUpload,
	keepUpload,
	keptUpload,
	MAX_UPLOAD_BYTES,
	runImport,
	saveUpload,
	tooLargeMessage,
	UploadTooLarge,
	type Upload
} from '$lib/server/import-runner';
import { singleValuedParams } from '$lib/server/params';
import { UPLOAD_REFUSALS } from '$lib/server/upload-refusals';

const refuse = (status: number, message: string) =>
	json({ error: { status, message } }, { status });

const Params = z.object({
	/** The original file name: no directory, no control characters. */
	name: z
		.string()
		.min(1)
		.max(200)
		.refine((n) => !/[/\\\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', {
			message: 'name must be a plain file name'
		})
		.optional(),
	period: z
		.string()
		.regex(
			/^\d{4}(-\d{2})?$/,
			'period must be YYYY (whole year) or YYYY-MM (January to that month)'
		)
		.optional(),
	form: z.string().max(20).optional(),
	region: z
		.string()
		.regex(/^KZ(-\d{2})?$/i, 'region must be an ISO code such as KZ-11')
		.optional(),
	replace: z.literal('1').optional(),
	dry: z.literal('1').optional(),
	upload: z
		.string()
		.regex(/^[0-9a-f]{32}$/)
		.optional()
});

export const POST: RequestHandler = async (event) => {
	const { request, cookies, url } = event;
	if (!accountsConfigured()) return refuse(404, 'Not found');
	const me = signedIn(cookies);
	if (!me) return refuse(401, UPLOAD_REFUSALS.signIn);
	if (!fromThisSite(event)) return refuse(403, UPLOAD_REFUSALS.otherSite);
	if (!sameToken(request.headers.get('x-csrf-token'), me.csrf))
		return refuse(403, UPLOAD_REFUSALS.staleToken);
	if (!IMPORT_ROLES.includes(me.role)) return refuse(403, UPLOAD_REFUSALS.role(me.role));
	let p: z.infer<typeof Params>;
	try {
		const r = Params.safeParse(singleValuedParams(url.searchParams));
		if (!r.success) return refuse(400, r.error.issues.map((i) => i.message).join('; '));
		p = r.data;
	} catch (e) {
		return refuse(400, (e as Error).message);
	}
	let upload: Upload;
	if (p.upload) {
		const u = keptUpload(p.upload, me.account);
		if (!u) return refuse(410, UPLOAD_REFUSALS.uploadGone);
		upload = u;
	} else {
		if (!p.name) return refuse(400, 'name the file: ?name=FILE');
		const type = request.headers.get('content-type')?.split(';', 1)[0].trim();
		if (type !== 'application/octet-stream' || !request.body)
			return refuse(415, UPLOAD_REFUSALS.notBody);
		const declared = Number(request.headers.get('content-length') ?? NaN);
		if (declared > MAX_UPLOAD_BYTES) {
			const message = tooLargeMessage(p.name, declared);
			auditRefusedUpload(p.name, declared, me.account, message);
			return refuse(413, message);
		}
		try {
			upload = await saveUpload(request.body, p.name, me.account);
		} catch (e) {
			if (!(e instanceof UploadTooLarge)) throw e;
			auditRefusedUpload(p.name, MAX_UPLOAD_BYTES + 1, me.account, e.message);
			return refuse(413, e.message);
		}
	}
	const run = await runImport(upload, {
		period: p.period,
		form: p.form,
		region: p.region,
		replace: !!p.replace,
		dryRun: !!p.dry
	});
	const file = run.summary?.files[0] ?? null;
	// A workbook that differs from the one imported for its scope waits for a confirmation.
	const needsReplace =
		!p.replace && file?.status === 'refused' && String(file.error ?? '').includes('--replace');
	if (needsReplace || p.dry) keepUpload(upload);
	else discardUpload(upload);
	if (run.code === 75)
		return json(
			{ error: { status: 503, message: run.log.trim().split('\n').pop() }, file: null },
			{ status: 503, headers: { 'Retry-After': '30' } }
		);
	if (!file) return refuse(500, `the import failed: ${run.log.trim().split('\n').pop() ?? ''}`);
	return json({
		file,
		generation: run.generation,
		dryRun: !!p.dry,
		upload: needsReplace || p.dry ? upload.id : null
	});
};
