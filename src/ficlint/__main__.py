from ficlint.cli import main

main()
