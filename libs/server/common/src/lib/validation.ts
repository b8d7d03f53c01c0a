import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Danish wording for the class-validator constraints we use; others keep their own text. */
const DANISH: Record<string, string> = {
  whitelistValidation: 'feltet kendes ikke',
  isString: 'skal være tekst',
  isInt: 'skal være et heltal',
  isBoolean: 'skal være true eller false',
  isEmail: 'skal være en e-mailadresse',
  isNotEmpty: 'må ikke være tom',
  isDefined: 'skal udfyldes',
  isArray: 'skal være en liste',
  isObject: 'skal være et objekt',
  nestedValidation: 'skal være et objekt',
  arrayNotEmpty: 'skal have mindst ét element',
  isDateString: 'skal være en dato (ÅÅÅÅ-MM-DD)',
};

/** `["email: skal være en e-mailadresse", "shares.0.weight: …"]` — each bad field named. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([key, text]) => `${path}: ${danish(key, text, error.property)}`);
    return [...new Set([...own, ...validationMessages(error.children ?? [], path)])];
  });
}

/** class-validator's own messages start with the property name; ours are already Danish. */
function danish(constraint: string, text: string, property: string): string {
  if (constraint === 'whitelistValidation') return DANISH[constraint];
  if (!text.startsWith(`${property} `)) return text;
  return DANISH[constraint] ?? text.slice(property.length + 1);
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Never coerce "12" into 12 for bodies: a wrong type is the client's error to hear about.
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new BadRequestException(validationMessages(errors)),
  });
}
