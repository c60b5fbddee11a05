import type {
  BenchmarkFieldsResponse,
  BenchmarkServicesResponse,
  BenchmarksResponse,
  FormServiceResponse,
  FormServicesResponse,
} from '@minwon-ux/api-contract';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { writeAudit } from '../auth/audit-log.ts';
import { readJson } from '../auth/read-json.ts';
import { assertSiteAccess, getScope, requireRole } from '../http/access.ts';
import { ApiError } from '../http/api-error.ts';
import { resolveDayRange } from '../http/day-range.ts';
import {
  type BenchmarkDeps,
  buildBenchmarks,
  buildFieldComparison,
  buildOpenDataCsv,
  listBenchmarkServices,
} from './benchmarks.ts';
import { listFormServices, saveFormService } from './form-service-store.ts';

/** A day `YYYY-MM-DD` (an ISO date-time is read as its UTC day). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/)
  .transform((v) => v.slice(0, 10));
const periodSchema = z.object({ from: day.optional(), to: day.optional() });
const serviceSchema = z.object({ service: z.string().trim().min(1).max(128) });
/** Codes admins type: letters, digits, space, `_ . - /`; '' = "no service". */
const codeSchema = z
  .string()
  .trim()
  .max(64)
  .regex(/^[\p{L}\p{N} _./-]*$/u);
const mappingSchema = z.strictObject({ serviceCode: codeSchema.nullable() });

function readPeriod(c: Context, now = Date.now()): { from: string; to: string } {
  const parsed = periodSchema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'invalid_filters', 'from and to must be YYYY-MM-DD dates.');
  // without from/to: the 30 days up to today (UTC)
  return resolveDayRange(parsed.data, now);
}

function readService(c: Context): string {
  const parsed = serviceSchema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'invalid_service', 'service must be a service code (1–128 characters).');
  return parsed.data.service;
}

/**
 * The joint-use API (issue 17, logged-in users): `GET /benchmarks?service&from&to` (contract; the period
 * defaults to the 30 days up to today),
 * `GET /benchmarks/services`, `GET /benchmarks/fields`, the open-data `GET /exports/benchmarks.csv?from&to`
 * (contract), and per site `GET`/`PUT /sites/:site/form-services[/:formId]` (mapping forms to codes;
 * PUT by admins). Only aggregates of at least `minSessions` sessions cross agencies.
 *
 * @example
 * app.route('/api', createBenchmarkRoutes({ store, sites, minSessions: 10 }));
 */
export function createBenchmarkRoutes(deps: BenchmarkDeps) {
  const app = new Hono();
  app.get('/benchmarks', async (c) => {
    const period = readPeriod(c);
    const service = readService(c);
    const body = await buildBenchmarks(deps, { ...period, service }, getScope(c).agencyId);
    return c.json(body satisfies BenchmarksResponse);
  });
  app.get('/benchmarks/services', async (c) => {
    const body = await listBenchmarkServices(deps, readPeriod(c), getScope(c).agencyId);
    return c.json(body satisfies BenchmarkServicesResponse);
  });
  app.get('/benchmarks/fields', async (c) => {
    const period = readPeriod(c);
    const service = readService(c);
    const body = await buildFieldComparison(deps, { ...period, service }, getScope(c).agencyId);
    return c.json(body satisfies BenchmarkFieldsResponse);
  });
  app.get('/exports/benchmarks.csv', async (c) => {
    const period = readPeriod(c);
    getScope(c);
    const csv = await buildOpenDataCsv(deps, period);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="benchmarks_${period.from}_${period.to}.csv"`,
    });
  });
  app.get('/sites/:site/form-services', async (c) => {
    const site = assertSiteAccess(c, c.req.param('site'));
    const forms = await listFormServices(deps.store, site, readPeriod(c));
    return c.json({ forms } satisfies FormServicesResponse);
  });
  app.put('/sites/:site/form-services/:formId', requireRole('admin'), async (c) => {
    const site = assertSiteAccess(c, c.req.param('site'));
    const formId = c.req.param('formId');
    if (formId.length === 0 || formId.length > 128) throw new ApiError(400, 'invalid_form', 'No such form id.');
    const { serviceCode } = await readJson(c, mappingSchema);
    await saveFormService(deps.store, site, formId, serviceCode);
    const user = c.get('authUser');
    await writeAudit(deps.store, {
      userId: user.id,
      email: user.email,
      agencyId: user.agencyId,
      action: 'form_service_map',
      target: `${site}/${formId}`,
      detail: { serviceCode },
    });
    return c.json({ formId, serviceCode } satisfies FormServiceResponse);
  });
  return app;
}
