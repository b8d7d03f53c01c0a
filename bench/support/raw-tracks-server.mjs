/**
 * The baseline for GET /api/tracks: node:http + pg and nothing else. No framework, no
 * session check, no validation, no helmet headers: the same SQL as TracksService.list()
 * (copied from libs/server/tracks/src/lib/tracks.service.ts; api-latency.bench.ts checks
 * that both return the same tracks), rows straight to JSON, on a pool of the same size
 * (10) as the API's. Run as a child process: DATABASE_URL in, { url } out over IPC.
 */
import http from 'node:http';
import pg from 'pg';

const TRACKS_SQL = `
  SELECT t.code, t.name, t.description, t.administration_code AS "administrationCode",
         t.start_year AS "startYear", t.status,
         t.depends_on_free_municipality AS "dependsOnFreeMunicipality",
         COALESCE((SELECT json_agg(json_build_object('committeeCode', s.committee_code, 'weight', s.weight::text)
                                   ORDER BY s.committee_code COLLATE "C")
                     FROM track_shares s WHERE s.track_code = t.code), '[]'::json) AS shares,
         t.version
    FROM tracks t ORDER BY t.code COLLATE "C"`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = http.createServer(async (req, res) => {
  if (req.method !== 'GET' || req.url !== '/api/tracks') {
    res.writeHead(404).end();
    return;
  }
  try {
    const { rows } = await pool.query(TRACKS_SQL);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(rows));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

server.listen(0, '127.0.0.1', () => process.send?.({ url: `http://127.0.0.1:${server.address().port}` }));
const stop = () => {
  server.close(() => pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.once('disconnect', stop); // the bench died without stopping us

