import type { LoginInput } from '#contract';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginInput {
  @ApiProperty({ example: 'delegate@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    description: 'The one-time access code the secretariat issued, or an administrator password',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
