// Stand-in for 'storybook/test' under web-test-runner: tests reuse stories' args and render only.
const unavailable = () => { throw new Error('storybook/test is only available under Storybook'); };
export const expect = unavailable;
export const waitFor = unavailable;
export const within = unavailable;
export const userEvent = {};
export const fn = () => () => {};
export const spyOn = unavailable;
