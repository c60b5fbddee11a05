import type {
  BenchmarkFieldsResponse,
  BenchmarkServicesResponse,
  BenchmarksResponse,
  FormServiceResponse,
  FormServicesResponse,
  SharingResponse,
} from '@minwon-ux/api-contract';
import { apiFetch, query } from './client.ts';
import type { Filters } from './sites.ts';

/**
 * The service codes of our forms and of the agencies that share, in the filters' period.
 *
 * @example
 * const { services } = await fetchBenchmarkServices(filters);
 */
export function fetchBenchmarkServices(f: Filters): Promise<BenchmarkServicesResponse> {
  return apiFetch<BenchmarkServicesResponse>(`/api/benchmarks/services${query({ from: f.from, to: f.to })}`);
}

/** One service's published rows (ours and the sharing agencies'), k-anonymous and rounded. */
export function fetchBenchmarks(f: Filters, service: string): Promise<BenchmarksResponse> {
  return apiFetch<BenchmarksResponse>(`/api/benchmarks${query({ service, from: f.from, to: f.to })}`);
}

/** Our fields' error rates on the service's form against the peers' and the best peer's. */
export function fetchBenchmarkFields(f: Filters, service: string): Promise<BenchmarkFieldsResponse> {
  return apiFetch<BenchmarkFieldsResponse>(`/api/benchmarks/fields${query({ service, from: f.from, to: f.to })}`);
}

/** The open-data file of every service's benchmarks in the period (CSV, UTF-8 with BOM). */
export function openDataUrl(f: Filters): string {
  return `/api/exports/benchmarks.csv${query({ from: f.from, to: f.to })}`;
}

/** Our agency's sharing choice (admins only). */
export function fetchSharing(agencyId: string): Promise<SharingResponse> {
  return apiFetch<SharingResponse>(`/api/admin/agencies/${encodeURIComponent(agencyId)}/sharing`);
}

/** Changes our agency's sharing choice (admins only; audited). */
export function saveSharing(agencyId: string, enabled: boolean, showName: boolean): Promise<SharingResponse> {
  return apiFetch<SharingResponse>(`/api/admin/agencies/${encodeURIComponent(agencyId)}/sharing`, {
    method: 'PUT',
    body: { enabled, showName },
  });
}

/** The site's forms with the service code their markup declares and the admins' mapping. */
export function fetchFormServices(f: Filters): Promise<FormServicesResponse> {
  return apiFetch<FormServicesResponse>(
    `/api/sites/${encodeURIComponent(f.site)}/form-services${query({ from: f.from, to: f.to })}`,
  );
}

/** Maps a form to a service code ('' = none), or removes the mapping (null). Admins only. */
export function saveFormService(
  site: string,
  formId: string,
  serviceCode: string | null,
): Promise<FormServiceResponse> {
  return apiFetch<FormServiceResponse>(
    `/api/sites/${encodeURIComponent(site)}/form-services/${encodeURIComponent(formId)}`,
    { method: 'PUT', body: { serviceCode } },
  );
}
