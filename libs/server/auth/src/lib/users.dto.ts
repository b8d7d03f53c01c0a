import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { IsCode, IsOmittable, IsVersion, Role, ROLES } from '@budgetspor/server/common';
import { MIN_PASSWORD_LENGTH } from './passwords';

const PASSWORD_MESSAGE = `skal være mindst ${MIN_PASSWORD_LENGTH} tegn`;

export class LoginDto {
  @ApiProperty({ example: 'oekonomi@odense.dk' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'et-langt-kodeord' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 200, { message: PASSWORD_MESSAGE })
  newPassword!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 200, { message: PASSWORD_MESSAGE })
  password!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'udvalg.aehu@odense.dk' })
  @IsEmail({}, { message: 'skal være en e-mailadresse' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Udvalgssekretær, Ældre- og Handicapudvalget' })
  @IsString()
  @Length(1, 200, { message: 'skal være 1–200 tegn' })
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'committee' })
  @IsIn(ROLES, { message: `skal være en af ${ROLES.join(', ')}` })
  role!: Role;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 200, { message: PASSWORD_MESSAGE })
  password!: string;

  @ApiPropertyOptional({ type: [String], example: ['ÆHU'], description: 'Udvalg, som brugeren arbejder for (rolle committee).' })
  @IsOmittable()
  @IsArray()
  @ArrayUnique({ message: 'må ikke nævne samme udvalg to gange' })
  @IsCode({ each: true })
  committeeCodes?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 200, { message: 'skal være 1–200 tegn' })
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOmittable()
  @IsIn(ROLES, { message: `skal være en af ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayUnique({ message: 'må ikke nævne samme udvalg to gange' })
  @IsCode({ each: true })
  committeeCodes?: string[];

  @ApiPropertyOptional({ description: 'false deaktiverer brugeren og afslutter alle sessioner.' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ example: 1 })
  @IsVersion()
  version!: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'oekonomi@odense.dk' }) email!: string;
  @ApiProperty({ example: 'Økonomimedarbejder' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: [String], example: [] }) committeeCodes!: string[];
}

export class UserDetailDto extends UserDto {
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send som `Authorization: Bearer <accessToken>`; en httpOnly-cookie sættes også.' })
  accessToken!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
