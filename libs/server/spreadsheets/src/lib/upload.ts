import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  HttpException,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiPayloadTooLargeResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { UploadedFile } from './sheet-reader';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_FIELD = 'file';

const TOO_LARGE = 'Filen er større end 10 MB; del den op i mindre filer';
const NOT_MULTIPART = `Upload filen som multipart/form-data i feltet "${UPLOAD_FIELD}" (én fil)`;

/** multer in memory (the file is read whole anyway), at most one file of 10 MB. */
const Multer = FileInterceptor(UPLOAD_FIELD, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 } });

/**
 * Nest's FileInterceptor with its (English) errors in Danish: 413 for a file over 10 MB,
 * 400 for anything else multer or the multipart parser refuses. Only errors from receiving
 * the upload are mapped; the handler's own errors pass untouched.
 */
@Injectable()
export class SpreadsheetUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    let handled = false;
    const counted: CallHandler = { handle: () => ((handled = true), next.handle()) };
    try {
      return await this.multer.intercept(context, counted);
    } catch (error) {
      if (handled) throw error;
      if (error instanceof PayloadTooLargeException) throw new PayloadTooLargeException(TOO_LARGE);
      if (error instanceof HttpException && error.getStatus() !== 400) throw error;
      throw new BadRequestException(NOT_MULTIPART);
    }
  }
}

/** The uploaded file, or a 400 naming the field when the request has none. */
export const UploadedSpreadsheet = createParamDecorator((_: unknown, ctx: ExecutionContext): UploadedFile => {
  const file = ctx.switchToHttp().getRequest<Request & { file?: UploadedFile }>().file;
  if (!file) throw new BadRequestException([`${UPLOAD_FIELD}: skal være en fil (.xlsx eller .csv) sendt som multipart/form-data`]);
  return file;
});

/** On an import handler: receives the upload and documents it in OpenAPI. */
export function SpreadsheetUpload(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(SpreadsheetUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [UPLOAD_FIELD],
        properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary', description: 'En .xlsx- eller .csv-fil som den, eksporten laver; højst 10 MB og 50.000 rækker.' } },
      },
    }),
    ApiPayloadTooLargeResponse({ description: `"${TOO_LARGE}", eller filen har mere end 50.000 rækker.` }),
  );
}
