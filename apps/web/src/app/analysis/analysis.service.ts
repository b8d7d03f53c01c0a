import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { priceLevelParams } from '../effect/effect.service';
import { Analysis, AnalysisKindInfo } from './analysis.models';

/** A code's URL; codes may hold Æ Ø Å and must be percent-encoded (`ÆHU` → `%C3%86HU`). */
export const analysisUrl = (kind: AnalysisKindInfo, code: string) => `/api/analysis/${kind.api}/${encodeURIComponent(code)}`;

@Injectable({ providedIn: 'root' })
export class AnalysisService {
  private readonly http = inject(HttpClient);

  analysis(kind: AnalysisKindInfo, code: string, priceLevel: number | null): Observable<Analysis> {
    return this.http.get<Analysis>(analysisUrl(kind, code), { params: priceLevelParams(priceLevel) });
  }
}
