import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  /** Marks the input for tests and styles (`data-setting`). */
  setting?: string;
  disabled?: boolean;
}

/** A labelled on/off switch (a checkbox with role="switch", so screen readers say "on"/"off"). */
export function Switch({ checked, onChange, children, setting, disabled }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        data-setting={setting}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{children}</span>
    </label>
  );
}
