/**
 * Colours on paper and in exported images. Fixed light colours, not the app's theme
 * variables: a report printed from dark mode must still be black text on white paper.
 */
import type { CardColor } from '../../domain/types';

export const PRINT_CARD: Record<CardColor, { fill: string; edge: string }> = {
  yellow: { fill: '#fff3b0', edge: '#e0c84a' },
  blue: { fill: '#d6e6ff', edge: '#8fb3ea' },
  green: { fill: '#d4f2da', edge: '#86c896' },
  pink: { fill: '#ffdbe9', edge: '#e79ab9' },
  purple: { fill: '#e8ddff', edge: '#ad97e0' },
  orange: { fill: '#ffe0c7', edge: '#e8a978' },
  grey: { fill: '#e9ebef', edge: '#b3b9c3' },
};

export const PRINT = {
  ink: '#1b1e24',
  muted: '#5a616c',
  rule: '#d5d9e0',
  ruleStrong: '#9aa3af',
  band: '#f3f5f8',
  accent: '#2747c9',
  pos: '#1e7b34',
  neg: '#b3261e',
  neutral: '#6b7280',
  font: "'Inter', 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
} as const;

export function emotionColor(score: number): string {
  return score > 0 ? PRINT.pos : score < 0 ? PRINT.neg : PRINT.neutral;
}
