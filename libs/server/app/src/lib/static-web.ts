import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built Angular app at `/`. Deep links such as `/budget-years/2014` get
 * index.html so the app's router takes over; `/api/*` never does (unknown API routes
 * stay JSON 404s from Nest).
 */
export function serveWebApp(app: INestApplication, webDist: string | null): boolean {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) return false;
  const index = join(webDist, 'index.html');
  const http = app.getHttpAdapter().getInstance() as express.Express;
  // Hashed bundles can be cached for good; index.html must always be fresh.
  http.use(express.static(webDist, { index: false, maxAge: '1y', immutable: true }));
  http.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === '/api' || req.path.startsWith('/api/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
