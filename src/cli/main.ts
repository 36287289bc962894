// The `minutes` command-line tool: a thin shell over src/core.
console.log('minutes: not yet');
