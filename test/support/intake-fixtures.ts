import { TestApp } from './test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface IntakeEdition {
  editionId: string;
  localTrackId: string;
  federalTrackId: string;
  nominationsCloseAt: Date;
}

/** An edition whose nominations are open at the test clock's now, closing in `closesInMs`. */
export async function openEdition(
  t: TestApp,
  organiser: string,
  closesInMs = 2 * DAY,
): Promise<IntakeEdition> {
  const now = t.clock.now().getTime();
  const close = new Date(Math.floor((now + closesInMs) / 1000) * 1000);
  const res = await t.http
    .post('/api/editions')
    .set('authorization', `Bearer ${organiser}`)
    .send({
      name: 'Edición de prueba',
      year: 2026,
      timezone: 'America/Mexico_City',
      nominationsOpenAt: new Date(now - DAY).toISOString(),
      nominationsCloseAt: close.toISOString(),
      judgingOpenAt: new Date(close.getTime() + DAY).toISOString(),
      judgingCloseAt: new Date(close.getTime() + 10 * DAY).toISOString(),
      announcementAt: new Date(close.getTime() + 20 * DAY).toISOString(),
      participatingStates: ['09', '14', '15'],
      // One organiser decides in these suites; four eyes has its own (test/medium/governance/four-eyes.medium-spec.ts).
      fourEyes: false,
    })
    .expect(201);
  const editionId = res.body.id as string;
  const tracks = await t.http
    .get(`/api/editions/${editionId}/tracks`)
    .set('authorization', `Bearer ${organiser}`)
    .expect(200);
  const byCode = (code: string) =>
    (tracks.body as { id: string; code: string }[]).find((x) => x.code === code)!.id;
  return {
    editionId,
    localTrackId: byCode('LOCAL_OPEN_GOV'),
    federalTrackId: byCode('FEDERAL_PROACTIVE'),
    nominationsCloseAt: close,
  };
}

export async function newInstitution(
  t: TestApp,
  organiser: string,
  body: { name: string; kind?: string; level?: string; stateCode?: string },
): Promise<string> {
  const res = await t.http
    .post('/api/institutions')
    .set('authorization', `Bearer ${organiser}`)
    .send({ kind: 'STATE_GOVERNMENT', level: 'STATE', ...body })
    .expect(201);
  return res.body.id as string;
}

export function nominationBody(
  trackId: string,
  nomineeInstitutionId: string,
  extra: Record<string, unknown> = {},
) {
  return {
    trackId,
    nomineeInstitutionId,
    stateCode: '09',
    title: 'Plan de acción local de Ciudad de México',
    summary: 'Un ejercicio de cocreación con sociedad civil y organismo garante.',
    description: 'Descripción detallada de la práctica, sus compromisos y sus resultados verificables.',
    evidenceUrls: ['https://example.org/evidencia'],
    contactName: 'Persona de Contacto',
    contactEmail: 'contacto@example.org',
    ...extra,
  };
}

/** A minimal but well-formed PDF. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The start of a Windows executable ("MZ" header). */
export const EXE_BYTES = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0]),
  Buffer.alloc(200, 1),
]);

export interface IntakeDraft {
  edition: IntakeEdition;
  institution: string;
  nominationId: string;
}

/** An open edition, a state institution and a DRAFT nomination recorded by the organiser on its behalf. */
export async function openDraft(
  t: TestApp,
  organiser: string,
  institutionName = 'Gobierno de Prueba',
): Promise<IntakeDraft> {
  const edition = await openEdition(t, organiser);
  const institution = await newInstitution(t, organiser, { name: institutionName, stateCode: '09' });
  const res = await t.http
    .post('/api/nominations')
    .set('authorization', `Bearer ${organiser}`)
    .send(nominationBody(edition.localTrackId, institution, { nominatingInstitutionId: institution }))
    .expect(201);
  return { edition, institution, nominationId: res.body.id as string };
}
